package uk.commissioning.payments.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Properties;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.jobs.control.JobRuns;
import uk.commissioning.jobs.entity.JobRun;
import uk.commissioning.ledger.control.Ledger;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.payments.entity.PaymentRun;
import uk.commissioning.payments.entity.Remittance;
import uk.commissioning.period.Quarter;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Starts payment runs as the {@value #JOB} batch job through {@link JobRuns} (business key {@code payment-run:<id>}),
 * and reads them for the API and the screen. A commissioner runs their own organisation's; an administrator names
 * the organisation. The run is recorded and committed before its job starts; reads join the caller's transaction if
 * there is one (the demo's).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PaymentRuns {

    public static final String JOB = "payment-run";
    public static final String RUN_ID = "paymentRunId";

    @Inject
    PaymentRunRecords records;

    @Inject
    PaymentScheduling scheduling;

    @Inject
    JobRuns jobs;

    @Inject
    Organisations organisations;

    @Inject
    Ledger ledger;

    @PersistenceContext
    EntityManager em;

    /** What a start asks for: all optional but the organisation for an administrator. */
    public record Request(Long organisationId, Quarter upToQuarter, LocalDate runDate, Currency currency) {
    }

    /**
     * @param today the date the run is dated on when the request names none
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentRun start(Request request, LocalDate today, Viewer viewer) {
        PaymentRun run = records.create(prepare(request, today, viewer));
        try {
            Properties parameters = new Properties();
            parameters.setProperty(RUN_ID, Long.toString(run.id()));
            parameters.setProperty("chunkSize", "10");
            parameters.setProperty("startedBy", viewer.username());
            JobRun job = jobs.start(JOB, parameters, businessKey(run.id()), viewer.username(), run.organisationId());
            records.launched(run.id(), job.id());
        } catch (RuntimeException refused) {
            records.failed(run.id(), "the batch runtime did not start the job: " + refused.getMessage(), viewer.username());
            throw refused;
        }
        return records.byId(run.id());
    }

    /** The checks of a start, and the run they describe (not yet recorded). */
    PaymentRun prepare(Request request, LocalDate today, Viewer viewer) {
        Long organisationId = payingOrganisation(request.organisationId(), viewer);
        LocalDate runDate = request.runDate() == null ? today : request.runDate();
        Quarter lastEnded = Quarter.containing(runDate).previous();
        if (runDate.equals(Quarter.containing(runDate).endDate())) {
            lastEnded = Quarter.containing(runDate);
        }
        Quarter upTo = request.upToQuarter() == null ? lastEnded : request.upToQuarter();
        if (upTo.endDate().isAfter(runDate)) {
            throw new RuleViolation(Reason.PERIOD_INVALID, "upToQuarter", "%s ends after the run's date %s: a run pays claims for "
                    .formatted(upTo.label(), runDate) + "quarters that have ended");
        }
        if (ledger.isClosedBy(organisationId, Quarter.containing(runDate))) {
            throw new RuleViolation(Reason.QUARTER_CLOSED, "runDate", "%s is closed for your organisation; date the run in an open quarter"
                    .formatted(Quarter.containing(runDate).label()));
        }
        records.requireNoneRunning(organisationId);
        Currency currency = request.currency() == null ? Money.DEFAULT_CURRENCY : request.currency();
        return new PaymentRun(organisationId, runDate, upTo, currency, viewer.username());
    }

    /**
     * The demo's run, in the caller's transaction and without the batch runtime (the demo loads in one transaction,
     * which a job on another thread could not see): the same collection, scheduling and completion as the job's.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PaymentRun runNow(Request request, LocalDate today, Viewer viewer) {
        PaymentRun run = prepare(request, today, viewer);
        em.persist(run);
        em.flush();
        scheduling.schedule(run.id(), scheduling.collect(run.id()), viewer.username());
        return scheduling.complete(run.id(), viewer.username());
    }

    private Long payingOrganisation(Long named, Viewer viewer) {
        if (viewer.seesEverything()) {
            if (named == null) {
                throw new RuleViolation(Reason.INVALID_INPUT, "organisationId", "is required: name the organisation whose payment run this is");
            }
            Organisation organisation = organisations.get(named, "organisationId");
            if (organisation.type().sector() != OrganisationType.Sector.COMMISSIONER) {
                throw new RuleViolation(Reason.WRONG_ORGANISATION_TYPE, "organisationId", organisation.name() + " is not a commissioner: it pays nobody");
            }
            return organisation.id();
        }
        if (!viewer.is(Role.COMMISSIONER)) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, null, "only commissioners and administrators run payments");
        }
        if (named != null && !named.equals(viewer.organisationId())) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, "organisationId", "a commissioner runs their own organisation's payments");
        }
        return viewer.organisationId();
    }

    public static String businessKey(long runId) {
        return JOB + ":" + runId;
    }

    /** A run is its organisation's people's and administrators'; to anyone else it does not exist. */
    public PaymentRun get(Long id, Viewer viewer) {
        PaymentRun run = id == null ? null : em.find(PaymentRun.class, id);
        if (run == null || !(viewer.seesEverything() || run.organisationId().equals(viewer.organisationId()))) {
            throw new NotFoundException("payment run", id);
        }
        return run;
    }

    /** The viewer's organisation's runs (every run, for administrators), newest first. */
    public List<PaymentRun> list(Viewer viewer, int max) {
        if (viewer.seesEverything()) {
            return em.createQuery("SELECT r FROM PaymentRun r ORDER BY r.id DESC", PaymentRun.class).setMaxResults(max).getResultList();
        }
        return em.createQuery("SELECT r FROM PaymentRun r WHERE r.organisationId = :org ORDER BY r.id DESC", PaymentRun.class)
                .setParameter("org", viewer.organisationId()).setMaxResults(max).getResultList();
    }

    public List<PaymentLine> lines(Long id, Viewer viewer) {
        return scheduling.lines(get(id, viewer).id());
    }

    public void writeFile(Long id, Viewer viewer, OutputStream out) {
        PaymentRun run = get(id, viewer);
        PaymentFile.write(run.reference(), run.upToQuarter().label(), run.currency(), scheduling.lines(run.id()), out);
    }

    public List<Remittance> remittances(Long id, Viewer viewer) {
        return em.createQuery("SELECT r FROM Remittance r WHERE r.runId = :run ORDER BY r.id", Remittance.class)
                .setParameter("run", get(id, viewer).id()).getResultList();
    }

    /** The receipts of a run's lines (which are paid, when, under what reference), by payment line id. */
    public java.util.Map<Long, uk.commissioning.payments.entity.PaymentReceipt> receipts(Long id, Viewer viewer) {
        java.util.Map<Long, uk.commissioning.payments.entity.PaymentReceipt> byLine = new java.util.HashMap<>();
        em.createQuery("SELECT p FROM PaymentReceipt p, PaymentLine l WHERE p.paymentLineId = l.id AND l.runId = :run",
                        uk.commissioning.payments.entity.PaymentReceipt.class).setParameter("run", get(id, viewer).id())
                .getResultList().forEach(p -> byLine.put(p.paymentLineId(), p));
        return byLine;
    }

    public Organisation organisation(PaymentRun run) {
        return organisations.get(run.organisationId());
    }
}
