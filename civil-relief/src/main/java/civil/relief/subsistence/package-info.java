/**
 * The subsistence allowance (最低生活保障, 低保): the household assessment with every test and
 * its figures, the difference formula (差额补助), classified increments (分类施保) and the
 * per-member floor.
 */
@CivilStyle
package civil.relief.subsistence;

import civil.core.CivilStyle;
