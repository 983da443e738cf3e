package uk.commissioning.grants.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.commissioning.grants.control.ImportReport;
import uk.commissioning.grants.entity.ImportProblem;
import uk.commissioning.platform.web.Json.MoneyJson;

/** The JSON of a 360Giving import's report. */
public final class GrantsJson {

    private GrantsJson() {
    }

    /** One grant not imported: by its id (JSON, and CSV where it has one) and by its line (CSV). */
    public record ImportProblemJson(String grantId, Integer line, String field, String message) {

        static ImportProblemJson of(ImportProblem p) {
            return new ImportProblemJson(p.grantId(), p.line(), p.field(), p.message());
        }
    }

    /**
     * {@code totalAwarded} is the sum of the file's grants now stored (imported or unchanged) when they share one
     * currency; a file in several currencies has it null and every currency's total in {@code totalsByCurrency}.
     */
    public record ImportReportJson(Long importId, String fileName, String format, String sha256, String status, int imported,
            int unchanged, int rejected, int recipientsCreated, MoneyJson totalAwarded,
            List<MoneyJson> totalsByCurrency, List<ImportProblemJson> problems) {

        static ImportReportJson of(ImportReport report) {
            var source = report.source();
            List<MoneyJson> totals = report.totalsAwarded().entrySet().stream()
                    .map(GrantsJson::money).toList();
            return new ImportReportJson(source.id(), source.fileName(), source.format().name(), source.sha256(),
                    source.status().name(), source.imported(), source.unchanged(), source.rejected(),
                    source.recipientsCreated(), totals.size() == 1 ? totals.get(0) : null, totals,
                    report.problems().stream().map(ImportProblemJson::of).toList());
        }
    }

    private static MoneyJson money(Map.Entry<String, BigDecimal> total) {
        return new MoneyJson(total.getValue().setScale(2).toPlainString(), total.getKey());
    }
}
