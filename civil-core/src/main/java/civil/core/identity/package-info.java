/**
 * Identifiers of people, units and places: the resident ID (居民身份证号码, GB 11643-1999),
 * the unified social credit code (统一社会信用代码, GB 32100-2015) and administrative area codes
 * (行政区划代码, GB/T 2260 with the 9- and 12-digit extensions for subdistricts and
 * communities). Each parses strictly and says precisely what failed.
 */
package civil.core.identity;
