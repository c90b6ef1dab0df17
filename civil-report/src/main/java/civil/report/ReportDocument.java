package civil.report;

import civil.core.money.Money;
import civil.relief.charity.Purpose;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The half-year report written out as a Chinese document: headings, sentences, tables and bar
 * charts, built once from the {@link HalfYearReport} value and rendered as Markdown
 * ({@link #markdown}) or as an HTML page with inline SVG charts ({@link #html}). Amounts follow
 * {@code report.md}: from ¥10,000 up in 万元 with two decimals, rounded half up; below as
 * {@code ¥2,189.10}.
 */
public final class ReportDocument {
  private static final DateTimeFormatter BEIJING =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  /** One block of the document. */
  public sealed interface Block permits Heading, Sentence, Table, Chart {}

  /** A heading of the given level (1 is the title). */
  public record Heading(int level, String text) implements Block {}

  /** A paragraph of text. */
  public record Sentence(String text) implements Block {}

  /** A table: a header row and rows of cells, all text. */
  public record Table(List<String> header, List<List<String>> rows) implements Block {}

  /** A bar for a chart: its label, its length, and the text shown at its end. */
  public record Bar(String label, long value, String shown) {}

  /** A horizontal bar chart with a title. */
  public record Chart(String id, String title, List<Bar> bars) implements Block {}

  private final String title;
  private final List<Block> blocks;

  private ReportDocument(String title, List<Block> blocks) {
    this.title = title;
    this.blocks = List.copyOf(blocks);
  }

  public String title() {
    return title;
  }

  public List<Block> blocks() {
    return blocks;
  }

  static String money(long fen) {
    return Money.ofFen(fen).formatChinese();
  }

  static String hours(BigDecimal h) {
    return h.toPlainString();
  }

  /** The document of a report. */
  public static ReportDocument of(HalfYearReport r) {
    String half = r.period().endsWith("H1") ? "上半年" : "下半年";
    String year = r.period().substring(0, 4);
    String title = r.districtName() + "民政局" + year + "年" + half + "工作小结";
    List<Block> b = new ArrayList<>();
    b.add(new Sentence("统计期间：" + r.from() + " 至 " + r.to() + "；数据截至" + BEIJING.format(r.asOf())
        + "（北京时间）。文中数字均由系统保存的业务记录计算得出，"
        + "金额一万元以上以万元计（保留两位小数，四舍五入），比例保留一位小数。"));

    HalfYearReport.SocialRelief s = r.socialRelief();
    b.add(new Heading(2, "一、社会救助"));
    b.add(new Sentence("发放困难群众生活救助" + s.roundsPaid().count() + "批，共救助" + s.roundsPaid().households()
        + "户次，发放救助金" + money(s.roundsPaid().amountFen()) + "。"));
    if (!s.roundsPaid().bySubdistrict().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      List<Bar> bars = new ArrayList<>();
      for (HalfYearReport.SubdistrictLine l : s.roundsPaid().bySubdistrict()) {
        rows.add(List.of(l.name(), String.valueOf(l.households()), money(l.amountFen())));
        bars.add(new Bar(l.name(), l.amountFen(), money(l.amountFen())));
      }
      b.add(new Table(List.of("街道", "户次", "救助金"), rows));
      b.add(new Chart("chart-subdistrict", "生活救助金（按街道）", bars));
    }
    b.add(new Sentence("实施临时救助" + s.temporaryRelief().count() + "件，发放临时救助金"
        + money(s.temporaryRelief().amountFen()) + "。"));
    b.add(new Sentence("特困人员救助供养" + s.hardshipSupport().persons() + "人（" + s.hardshipSupport().personMonths()
        + "人月），发放供养金" + money(s.hardshipSupport().amountFen()) + "。"));

    HalfYearReport.DisasterRelief d = r.disasterRelief();
    b.add(new Heading(2, "二、救灾"));
    b.add(new Sentence("购入及接收救灾物资价值" + money(d.suppliesReceived().valueFen()) + "，发出物资价值"
        + money(d.suppliesIssuedFen()) + "。"));
    if (!d.suppliesReceived().byCategory().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (HalfYearReport.CategoryValue c : d.suppliesReceived().byCategory()) {
        rows.add(List.of(c.name(), money(c.valueFen())));
      }
      b.add(new Table(List.of("物资类别", "入库价值"), rows));
    }
    b.add(new Sentence("春荒期间发放救灾粮" + d.grainRations().kilograms().toPlainString() + "公斤，救助"
        + d.grainRations().households() + "户，价值" + money(d.grainRations().valueFen()) + "。"));
    if (d.belowReserveTarget().isEmpty()) {
      b.add(new Sentence("期末各项救灾物资均达到汛期储备目标。"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (HalfYearReport.BelowTarget t : d.belowReserveTarget()) {
        rows.add(List.of(t.name(), t.reserveTarget().toPlainString(), t.stock().toPlainString(),
            t.shortfall().toPlainString()));
      }
      b.add(new Sentence("期末低于汛期储备目标的物资" + d.belowReserveTarget().size() + "项："));
      b.add(new Table(List.of("物资", "储备目标", "库存", "缺口"), rows));
    }

    HalfYearReport.MedicalAid m = r.medicalAid();
    b.add(new Heading(2, "三、医疗救助"));
    b.add(new Sentence("共对辖区" + m.residentsAided() + "名患者实施了医疗救助，发放医疗救助金" + money(m.medicalAidFen())
        + "。"));
    b.add(new Sentence("一站式同步结算" + m.settlements() + "笔，冲销" + m.reversals() + "笔；医疗总费用"
        + money(m.totalFen()) + "，其中基本医保支付" + money(m.basicInsuranceFen()) + "，大病保险支付"
        + money(m.criticalIllnessFen()) + "，医疗救助支付" + money(m.medicalAidFen()) + "，个人自付"
        + money(m.selfPayFen()) + "。"));
    if (!m.byCategory().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (HalfYearReport.CategoryLine c : m.byCategory()) {
        rows.add(List.of(c.name(), String.valueOf(c.settlements()), String.valueOf(c.residentsAided()), money(c.totalFen()),
            money(c.basicInsuranceFen()), money(c.criticalIllnessFen()), money(c.medicalAidFen()), money(c.selfPayFen())));
      }
      b.add(new Table(List.of("救助类别", "结算笔数", "受助人数", "医疗总费用", "基本医保", "大病保险", "医疗救助", "个人自付"),
          rows));
    }
    if (!m.byHospital().isEmpty() || m.manualClaims().settlements() > 0) {
      List<List<String>> rows = new ArrayList<>();
      for (HalfYearReport.HospitalLine h : m.byHospital()) {
        rows.add(List.of(h.name(), String.valueOf(h.settlements()), money(h.medicalAidFen()), money(h.clearedFen()),
            money(h.paidFen())));
      }
      rows.add(List.of("零星报销（手工结算）", String.valueOf(m.manualClaims().settlements()),
          money(m.manualClaims().medicalAidFen()), "—", "—"));
      b.add(new Sentence("按定点医院：医院垫付的医疗救助金经月度清算由民政拨付。"));
      b.add(new Table(List.of("定点医院", "结算笔数", "医疗救助金", "本期清算", "本期拨付"), rows));
    }

    HalfYearReport.Charity c = r.charity();
    b.add(new Heading(2, "四、慈善"));
    StringBuilder tiers = new StringBuilder();
    for (HalfYearReport.TierCount t : c.unitsByTier()) {
      tiers.append(tiers.length() == 0 ? "" : "、").append(t.name()).append(t.units()).append("个");
    }
    b.add(new Sentence("发出慈善协会入会邀请函" + c.invitationsSent() + "份，" + c.invitationsAccepted() + "家单位接受邀请；"
        + "期末会员单位共" + c.units() + "个（" + tiers + "）。"));
    List<Bar> purposeBars = new ArrayList<>();
    for (HalfYearReport.CampaignLine k : c.campaigns()) {
      b.add(new Heading(3, k.name()));
      b.add(new Sentence("收到捐款" + k.donations() + "笔，共" + money(k.donatedFen()) + "；支出" + money(k.disbursedFen())
          + "；期末余额" + money(k.balanceFen()) + "。"));
      List<List<String>> rows = new ArrayList<>();
      for (HalfYearReport.PurposeAmount p : k.disbursedByPurpose()) {
        rows.add(List.of(p.name(), money(p.amountFen())));
      }
      b.add(new Table(List.of("救助用途", "支出"), rows));
      List<List<String>> funded = new ArrayList<>();
      for (HalfYearReport.BucketLine l : k.disbursedByBucket()) {
        funded.add(List.of(l.name(), money(l.balanceFen())));
      }
      b.add(new Table(List.of("资金来源", "支出"), funded));
      List<List<String>> balances = new ArrayList<>();
      for (HalfYearReport.BucketLine l : k.balanceByPurpose()) {
        balances.add(List.of(l.name(), money(l.balanceFen())));
      }
      b.add(new Table(List.of("资金用途", "期末余额"), balances));
    }
    Map<Purpose, Long> byPurpose = new EnumMap<>(Purpose.class);
    for (Purpose p : Purpose.values()) {
      byPurpose.put(p, 0L);
    }
    for (HalfYearReport.CampaignLine k : c.campaigns()) {
      k.disbursedByPurpose().forEach(p -> byPurpose.merge(p.purpose(), p.amountFen(), Long::sum));
    }
    byPurpose.forEach((p, fen) -> purposeBars.add(new Bar(p.chinese(), fen, money(fen))));
    b.add(new Chart("chart-purpose", "慈善资金支出（按用途）", purposeBars));

    HalfYearReport.HomeCare h = r.homeCare();
    b.add(new Heading(2, "五、居家养老"));
    b.add(new Sentence("新增居家养老服务对象" + h.clientsEnrolled() + "人，服务对象总数为" + h.clientsTotal() + "人；新增"
        + h.workersStarted() + "名服务人员，服务人员总数达" + h.workersTotal() + "人。"));
    StringBuilder services = new StringBuilder();
    for (HalfYearReport.ServiceHours x : h.hoursByService()) {
      services.append(services.length() == 0 ? "" : "，").append(x.name()).append(hours(x.hours())).append("小时");
    }
    b.add(new Sentence("上门服务共" + hours(h.totalHours()) + "小时：" + services + "。"));

    HalfYearReport.DayCare dc = r.dayCare();
    b.add(new Heading(2, "六、日托养老"));
    b.add(new Sentence("日托所" + dc.centres() + "所，新入托" + dc.enrolments() + "人，期末在托" + dc.enrolled() + "人；"
        + "出勤" + dc.attendanceDays() + "人日，床位利用率" + dc.utilisationPercent().toPlainString() + "%。"));
    if (!dc.byCentre().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (HalfYearReport.CentreLine l : dc.byCentre()) {
        rows.add(List.of(l.name(), String.valueOf(l.capacity()), String.valueOf(l.enrolled()),
            String.valueOf(l.attendanceDays()), l.utilisationPercent().toPlainString() + "%"));
      }
      b.add(new Table(List.of("日托所", "床位", "在托", "出勤人日", "利用率"), rows));
    }

    HalfYearReport.InstitutionalCare ic = r.institutionalCare();
    b.add(new Heading(2, "七、机构养老"));
    b.add(new Sentence("辖区养老机构" + ic.homes() + "家，床位" + ic.beds() + "张，平均入住率"
        + ic.averageOccupancyPercent().toPlainString() + "%。"));
    StringBuilder grades = new StringBuilder();
    List<Bar> gradeBars = new ArrayList<>();
    for (HalfYearReport.GradeCount g : ic.assessmentsByGrade()) {
      grades.append(grades.length() == 0 ? "" : "、").append(g.name()).append(g.count()).append("家次");
      gradeBars.add(new Bar(g.name(), g.count(), g.count() + "家次"));
    }
    b.add(new Sentence("对照“8大项、26小项”考核规范考核" + ic.assessments() + "家次（" + grades + "）；期末未完成整改"
        + ic.openRectifications() + "项，其中逾期" + ic.overdueRectifications() + "项。"));
    b.add(new Chart("chart-grade", "养老机构考核结果（按等级）", gradeBars));
    b.add(new Sentence("兑现“以奖代补”资金" + money(ic.awardPaidFen()) + "。"));

    HalfYearReport.VolunteerService v = r.volunteerService();
    b.add(new Heading(2, "八、志愿服务"));
    StringBuilder forms = new StringBuilder();
    for (HalfYearReport.FormCount f : v.byForm()) {
      forms.append(forms.length() == 0 ? "" : "、").append(f.name()).append(f.elders()).append("人");
    }
    b.add(new Sentence("共有" + v.eldersServed() + "名老年人享受到志愿服务（" + forms + "），参与志愿者"
        + v.volunteersAssigned() + "名。"));
    StringBuilder kinds = new StringBuilder();
    for (HalfYearReport.KindCount k : v.activitiesByKind()) {
      kinds.append(kinds.length() == 0 ? "" : "、").append(k.name()).append(k.sessions()).append("场");
    }
    b.add(new Sentence("举办“三小”活动" + v.activities() + "场次（" + kinds + "），服务老年人" + v.personTimes() + "人次（"
        + v.distinctElders() + "人）。"));

    HalfYearReport.Grassroots g = r.grassroots();
    b.add(new Heading(2, "九、基层政权建设"));
    StringBuilder gradeText = new StringBuilder();
    for (HalfYearReport.InspectionGrade ig : g.byGrade()) {
      if (ig.inspections() > 0) {
        gradeText.append(gradeText.length() == 0 ? "" : "、").append(ig.name()).append(ig.inspections()).append("次");
      }
    }
    b.add(new Sentence("加大村务公开工作检查力度：共检查" + g.villagesInspected() + "个村（社区）" + g.inspections() + "次"
        + (g.averageScore() == null ? "" : "，平均得分" + g.averageScore().toPlainString() + "分")
        + (gradeText.length() == 0 ? "" : "（" + gradeText + "）") + "。"));
    if (!g.modelVillageCandidates().isEmpty()) {
      List<List<String>> modelRows = new ArrayList<>();
      for (HalfYearReport.ModelVillage mv : g.modelVillageCandidates()) {
        modelRows.add(List.of(mv.name(), String.valueOf(mv.inspections()), mv.averageScore().toPlainString()));
      }
      b.add(new Sentence("民主管理示范村候选" + g.modelVillageCandidates().size() + "个："));
      b.add(new Table(List.of("村（社区）", "检查次数", "平均得分"), modelRows));
    }
    if (g.electionSurvey() != null) {
      HalfYearReport.SurveyTotals t = g.electionSurvey();
      b.add(new Sentence("完成第六届村委会换届选举摸底调查（选举日" + t.electionDay() + "）：" + t.villages() + "个村户籍人口"
          + t.registered() + "人、居住人口" + t.living() + "人，登记选民" + t.voters() + "人（其中女性" + t.femaleVoters()
          + "人），应选村委会成员" + t.seats() + "名" + (t.duplicates() > 0 ? "，户籍重复" + t.duplicates() + "人待核" : "")
          + "。"));
    }
    return new ReportDocument(title, b);
  }

  // Markdown -------------------------------------------------------------------------------------

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** The document as Markdown; a chart becomes a table of its bars. */
  public String markdown() {
    StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        out.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
      } else if (block instanceof Sentence s) {
        out.append(s.text()).append("\n\n");
      } else if (block instanceof Table t) {
        out.append("| ").append(String.join(" | ", t.header().stream().map(ReportDocument::cell).toList()))
            .append(" |\n|");
        t.header().forEach(x -> out.append("---|"));
        out.append('\n');
        for (List<String> row : t.rows()) {
          out.append("| ").append(String.join(" | ", row.stream().map(ReportDocument::cell).toList())).append(" |\n");
        }
        out.append('\n');
      } else if (block instanceof Chart c) {
        out.append("**").append(c.title()).append("**\n\n");
        for (Bar bar : c.bars()) {
          out.append("- ").append(bar.label()).append("：").append(bar.shown()).append('\n');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  // HTML -----------------------------------------------------------------------------------------

  static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }

  private static final int CHART_WIDTH = 640;
  private static final int LABEL_WIDTH = 150;
  private static final int VALUE_WIDTH = 110;
  private static final int ROW = 28;

  /** A horizontal bar chart as inline SVG: no script, no external font. */
  static String svg(Chart c) {
    long max = c.bars().stream().mapToLong(Bar::value).max().orElse(0);
    int height = ROW * Math.max(1, c.bars().size()) + 10;
    int span = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    StringBuilder out = new StringBuilder();
    out.append("<svg class=\"chart\" id=\"").append(c.id()).append("\" role=\"img\" aria-label=\"")
        .append(escape(c.title())).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ')
        .append(height).append("\">");
    int y = 5;
    for (Bar bar : c.bars()) {
      long width = max == 0 ? 0 : Math.max(bar.value() > 0 ? 2 : 0, bar.value() * span / max);
      out.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
          .append("\" text-anchor=\"end\">").append(escape(bar.label())).append("</text>");
      out.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(width).append("\" height=\"18\"><title>").append(escape(bar.label() + "：" + bar.shown()))
          .append("</title></rect>");
      out.append("<text x=\"").append(LABEL_WIDTH + width + 6).append("\" y=\"").append(y + 17).append("\">")
          .append(escape(bar.shown())).append("</text>");
      y += ROW;
    }
    return out.append("</svg>").toString();
  }

  /** The document as a self-contained HTML page with inline SVG bar charts. */
  public String html() {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(escape(title)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;max-width:52rem;")
        .append("margin:2rem auto;padding:0 1rem;line-height:1.7;color:#222}\n")
        .append("h1{font-size:1.6rem;border-bottom:2px solid #b22;padding-bottom:.4rem}h2{margin-top:2rem;color:#b22}\n")
        .append("table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .6rem;")
        .append("text-align:right}th:first-child,td:first-child{text-align:left}th{background:#f4f4f4}\n")
        .append("figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:.3rem}")
        .append("svg.chart text{font-size:13px;fill:#333}svg.chart rect.bar{fill:#c0392b}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        out.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level())
            .append(">\n");
      } else if (block instanceof Sentence s) {
        out.append("<p>").append(escape(s.text())).append("</p>\n");
      } else if (block instanceof Table t) {
        out.append("<table>\n<thead><tr>");
        t.header().forEach(x -> out.append("<th>").append(escape(x)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
          out.append("<tr>");
          row.forEach(x -> out.append("<td>").append(escape(x)).append("</td>"));
          out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      } else if (block instanceof Chart c) {
        out.append("<figure>\n<figcaption>").append(escape(c.title())).append("</figcaption>\n").append(svg(c))
            .append("\n</figure>\n");
      }
    }
    return out.append("</body>\n</html>\n").toString();
  }
}
