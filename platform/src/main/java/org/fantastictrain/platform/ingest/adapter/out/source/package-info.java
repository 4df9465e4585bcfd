/**
 * Adapters behind the ingestion port {@code DailySupplySource}: the bundled synthetic data set
 * ({@code bundled}), GNI JSON over HTTP ({@code gni-url[:URL]}) and local JSON/CSV files
 * ({@code file:PATH}), chosen by {@link org.fantastictrain.platform.ingest.adapter.out.source.DefaultSourceResolver}.
 * Every adapter turns its payload into raw rows and hands them to the shared
 * {@link org.fantastictrain.platform.ingest.domain.SupplyRowValidator}, so the bad-input rules are
 * the same whatever the source. A Spark or Hive adapter would be one more class here.
 */
package org.fantastictrain.platform.ingest.adapter.out.source;
