/**
 * What every batch job shares: a record of each run in the application's database ({@code entity.JobRun}, with each
 * step's metrics), starting and restarting jobs ({@code control.JobRuns}), the listeners that keep the record
 * ({@code batch}), and the one start-up recovery of runs a stopped server left unfinished ({@code control.JobRecovery}),
 * which hands each job's own part to that job's {@code control.InterruptedRuns}. Depends on no feature; features'
 * jobs plug in (docs/BATCH.md).
 */
package uk.commissioning.jobs;
