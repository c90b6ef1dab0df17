/**
 * The half-year report (上半年度小结) as library code: {@link civil.report.HalfYearReport#compute}
 * turns a period's records ({@link civil.report.ReportRecords}, plain lists of the domain
 * modules' values) into the report value, and {@link civil.report.ReportDocument} renders it as the
 * Chinese Markdown document and the HTML page. Nothing here reads a database or speaks HTTP: a
 * program holding its records in memory builds the same report as the server.
 */
package civil.report;
