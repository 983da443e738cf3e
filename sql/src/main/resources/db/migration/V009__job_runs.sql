-- One execution of a batch job, as the application sees it: the batch runtime keeps its own repository (on Payara
-- Micro an H2 database of the server's own, gone with the server), so what a screen, the API or start-up recovery
-- needs to know about a job outlives the runtime here. A restart after a crash is a new row linked to the one it
-- continues (restart_of).
CREATE TABLE job_run (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_name         VARCHAR(100)  NOT NULL,
    -- what the run works on, e.g. demand-import:42; every run of the same work shares it
    business_key     VARCHAR(200)  NOT NULL,
    -- the job parameters as key=value lines (never secrets or personal data), for a restart
    parameters       VARCHAR(4000) NULL,
    -- the batch runtime's; unique only within one runtime's repository, which a new server may start afresh
    execution_id     BIGINT        NULL,
    restart_of       BIGINT        NULL,
    -- whose run it is: its people and administrators see it; null = administrators only
    organisation_id  BIGINT        NULL,
    started_by       VARCHAR(100)  NOT NULL,
    -- the server run (one JVM start) that launched it; recovery takes over only runs of server runs that have stopped
    server_run       VARCHAR(40)   NOT NULL,
    batch_status     VARCHAR(20)   NOT NULL,
    exit_status      VARCHAR(200)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    started_at       DATETIME(6)   NULL,
    ended_at         DATETIME(6)   NULL,
    KEY ix_job_run_key (business_key),
    KEY ix_job_run_status (batch_status),
    CONSTRAINT fk_job_run_restart_of FOREIGN KEY (restart_of) REFERENCES job_run (id),
    CONSTRAINT fk_job_run_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One step of a run with the batch runtime's own metrics (StepContext.getMetrics()) when it ended. The row is made
-- when the step starts; counts stay null until it ends, so a step a dead server was running has none.
CREATE TABLE job_run_step (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_run_id          BIGINT        NOT NULL,
    step_name           VARCHAR(100)  NOT NULL,
    batch_status        VARCHAR(20)   NOT NULL,
    exit_status         VARCHAR(200)  NULL,
    read_count          BIGINT        NULL,
    write_count         BIGINT        NULL,
    filter_count        BIGINT        NULL,
    read_skip_count     BIGINT        NULL,
    process_skip_count  BIGINT        NULL,
    write_skip_count    BIGINT        NULL,
    commit_count        BIGINT        NULL,
    rollback_count      BIGINT        NULL,
    started_at          DATETIME(6)   NOT NULL,
    ended_at            DATETIME(6)   NULL,
    UNIQUE KEY uk_job_run_step (job_run_id, step_name),
    CONSTRAINT fk_job_run_step_run FOREIGN KEY (job_run_id) REFERENCES job_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
