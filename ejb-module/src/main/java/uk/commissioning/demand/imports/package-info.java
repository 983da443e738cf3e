/**
 * Importing referral and aggregate files: upload, pseudonymise and stage ({@code control}), check and load in
 * checkpointed chunks ({@code batch}, the job {@code META-INF/batch-jobs/demand-import.xml}), with every refused line
 * kept in the error report and nothing written twice on a restart.
 */
package uk.commissioning.demand.imports;
