package uk.commissioning.packs.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JRCompiler;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.jdt.JRJdtCompiler;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import uk.commissioning.funding.control.FundPosition.Figures;
import uk.commissioning.funding.control.FundPosition.PartnerFigures;
import uk.commissioning.money.Money;

/**
 * Renders a {@link FundStatement} to PDF with the design {@value #DESIGN} from the {@code reports} module. The design
 * reads only the rows and parameters built here (money as {@code BigDecimal}, formatted by the design in the fund's
 * currency, the same way the screens write it), never a database.
 */
@ApplicationScoped
public class FundStatementReport {

    static final String DESIGN = "reports/fund-position-statement/fund-position-statement.jrxml";
    static final Locale LOCALE = Locale.UK;
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** One row of the position table. */
    public record FigureLine(String figure, String meaning, BigDecimal inQuarter, BigDecimal atQuarterEnd,
                             boolean keyFigure) {
    }

    /** One row of the per-partner table; the last row ({@code total}) is the fund's own figures. */
    public record PartnerLine(String partner, String orgId, BigDecimal sharePct, BigDecimal contributed,
                              BigDecimal budget, BigDecimal allocated, BigDecimal paid, BigDecimal remaining,
                              boolean total) {
    }

    private final SimpleJasperReportsContext context = new SimpleJasperReportsContext();
    private volatile JasperReport design;

    public FundStatementReport() {
        // JDT reads the classes that the design's expressions use through the class loader; javac would want them
        // on a file class path, which inside the server is only the launcher jar.
        context.setProperty(JRCompiler.COMPILER_PREFIX + "java", JRJdtCompiler.class.getName());
    }

    public byte[] pdf(FundStatement statement) {
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(design(), parameters(statement),
                    new RecordDataSource<>(FigureLine.class, figureLines(statement)));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle("Fund position statement " + statement.fund().code() + " "
                    + statement.quarter().label());
            configuration.setMetadataAuthor(statement.fund().owner());
            configuration.setMetadataSubject(statement.fund().name());
            configuration.setMetadataCreator("Social prescribing commissioning ledger");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("could not render the fund position statement of " + statement.fund().code()
                    + " for " + statement.quarter().label(), e);
        }
    }

    /**
     * Compiled once, on first use rather than at deployment: each deployment (and every integration-test server)
     * would otherwise pay about a second for a design it may never render. The unit test compiles it at build time,
     * so a broken design fails the build, not a commissioner's first download.
     */
    JasperReport design() {
        JasperReport compiled = design;
        if (compiled == null) {
            synchronized (this) {
                compiled = design;
                if (compiled == null) {
                    design = compiled = compile();
                }
            }
        }
        return compiled;
    }

    private JasperReport compile() {
        try (InputStream jrxml = FundStatementReport.class.getClassLoader().getResourceAsStream(DESIGN)) {
            if (jrxml == null) {
                throw new IllegalStateException(DESIGN + " is not on the class path (it comes in the reports jar)");
            }
            return JasperCompileManager.getInstance(context).compile(JRXmlLoader.load(context, jrxml));
        } catch (JRException e) {
            throw new IllegalStateException("the design " + DESIGN + " does not compile", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JasperReports fills built-in parameters into the map it is given, so it must be a mutable one. */
    static Map<String, Object> parameters(FundStatement s) {
        FundStatement.Heading fund = s.fund();
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, LOCALE);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(ZONE));
        p.put("FUND_CODE", fund.code());
        p.put("FUND_NAME", fund.name());
        p.put("FUND_TYPE", words(fund.type().name()));
        p.put("POOLED", fund.type().isPooled());
        p.put("OWNER", fund.owner());
        p.put("HOST", fund.host());
        p.put("POOL_MANAGER", fund.poolManager());
        p.put("FINANCIAL_YEAR", fund.financialYear().code());
        p.put("QUARTER", s.quarter().label());
        p.put("QUARTER_START", s.quarter().startDate());
        p.put("QUARTER_END", s.quarter().endDate());
        p.put("QUARTER_CLOSED", s.quarterClosed());
        p.put("CURRENCY", fund.currency().getCurrencyCode());
        p.put("MONEY_PATTERN", moneyPattern(fund.currency()));
        p.put("GENERATED_AT", s.generatedAt());
        p.put("GENERATED_BY", s.generatedBy());
        p.put("PARTNERS", s.showsPartnerSplit() ? new RecordDataSource<>(PartnerLine.class, partnerLines(s)) : null);
        return p;
    }

    /** The order and wording of the screens' position table, with what each cumulative figure includes. */
    static List<FigureLine> figureLines(FundStatement s) {
        Figures q = s.movementInQuarter();
        Figures end = s.atQuarterEnd();
        List<FigureLine> lines = new ArrayList<>();
        lines.add(line("Budget", "Contributions and transfers in, less out", Figures::budget, q, end, true));
        lines.add(line("Allocated", "Earmarked for a purpose; includes committed", Figures::allocated, q, end, false));
        lines.add(line("Committed", "Contracted or granted; includes claimed", Figures::committed, q, end, false));
        lines.add(line("Claimed", "Claimed by providers; includes approved", Figures::claimed, q, end, false));
        lines.add(line("Approved", "Approved for payment; includes paid", Figures::approved, q, end, false));
        lines.add(line("Paid", "Paid out of the fund", Figures::paid, q, end, false));
        lines.add(line("Accrued", "Approved, unpaid at quarter end (memo)", Figures::accrued, q, end, false));
        lines.add(line("Remaining", "Budget less allocated: free to allocate", Figures::remaining, q, end, true));
        lines.add(line("Forecast outturn", "Paid, approved, claimed and still committed", Figures::forecastOutturn, q, end, false));
        return lines;
    }

    static List<PartnerLine> partnerLines(FundStatement s) {
        List<PartnerLine> lines = new ArrayList<>();
        Money contributed = Money.zero(s.fund().currency());
        BigDecimal shares = BigDecimal.ZERO;
        for (PartnerFigures p : s.partners()) {
            Figures f = p.figures();
            lines.add(new PartnerLine(p.name(), p.orgId(), p.sharePct(), p.contributed().amount(), f.budget().amount(),
                    f.allocated().amount(), f.paid().amount(), f.remaining().amount(), false));
            contributed = contributed.plus(p.contributed());
            shares = shares.add(p.sharePct());
        }
        // The calculator splits every figure so the partners add up to the fund to the penny; the total row is
        // the fund's own figures, so a split that did not add up would show as a visible difference.
        Figures total = s.atQuarterEnd();
        lines.add(new PartnerLine("All partners", null, shares, contributed.amount(), total.budget().amount(),
                total.allocated().amount(), total.paid().amount(), total.remaining().amount(), true));
        return lines;
    }

    /**
     * A {@code DecimalFormat} pattern that writes amounts as {@link Money#display()} does: {@code £20,000.00},
     * {@code -£5.00}, {@code EUR 1,000.00}, to the currency's minor unit.
     */
    static String moneyPattern(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        String number = "#,##0" + (digits > 0 ? "." + "0".repeat(digits) : "");
        String symbol = Money.GBP.equals(currency) ? "£" : currency.getCurrencyCode() + " ";
        return symbol + number + ";-" + symbol + number;
    }

    private static FigureLine line(String figure, String meaning, Function<Figures, Money> pick, Figures inQuarter,
                                   Figures atEnd, boolean keyFigure) {
        return new FigureLine(figure, meaning, pick.apply(inQuarter).amount(), pick.apply(atEnd).amount(), keyFigure);
    }

    /** SINGLE_COMMISSIONER_BUDGET → Single commissioner budget, as the screens write enum constants. */
    private static String words(String constant) {
        String text = constant.replace('_', ' ').toLowerCase(LOCALE);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
