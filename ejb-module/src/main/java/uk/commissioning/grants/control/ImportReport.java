package uk.commissioning.grants.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.commissioning.grants.entity.GivingImport;
import uk.commissioning.grants.entity.ImportProblem;

/**
 * What an import did. {@code totalsAwarded} sums the amounts of the file's grants now stored (imported or found
 * unchanged), per currency.
 */
public record ImportReport(GivingImport source, Map<String, BigDecimal> totalsAwarded, List<ImportProblem> problems) {
}
