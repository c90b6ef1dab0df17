/**
 * A year of bills settled at once (policy simulation 政策测算, back-dated policies 政策追溯) with the
 * desk's own engine: {@link civil.batch.LocalEngine} in process on every core, in bounded memory;
 * {@link civil.batch.SparkEngine} on Apache Spark; both through {@link civil.batch.ResidentSettler}
 * and byte for byte the same. {@link civil.batch.Comparison} puts two settlements of the same bills
 * side by side; {@link civil.batch.BatchMain} is the command line.
 */
package civil.batch;
