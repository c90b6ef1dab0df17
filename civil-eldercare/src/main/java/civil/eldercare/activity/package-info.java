/**
 * The "three smalls" activities (三小活动): small contests (小比赛), small performances (小表演)
 * and small lectures (小讲座) for the elderly, with the volunteers who ran them and the elders
 * who came, and the period's figures.
 */
@CivilStyle
package civil.eldercare.activity;

import civil.core.CivilStyle;
