package io.touchpoint.ingest.csv;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.model.BillingRecord;
import io.touchpoint.core.model.Customer;
import io.touchpoint.ingest.ConnectorConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

class CustomerCsvConformanceTest extends ConnectorConformanceTest {

    private static final String HEADER = "id,name,email,phone,handle,plan,contract_type,tenure_months,contract_end,"
            + "monthly_charge,billing,churned,churn_date,segment";

    @Override
    protected Connector connector() {
        return new CustomerCsvConnector();
    }

    @Override
    protected List<Object> sample() {
        return List.of(
                new Customer("C-1", "Ann Lee", "ann@example.com", "+15551234567", "@annlee", "unlimited", "month-to-month",
                        14, LocalDate.parse("2026-06-30"), 45.0,
                        List.of(new BillingRecord(YearMonth.parse("2026-01"), 45.0), new BillingRecord(YearMonth.parse("2026-02"), 80.1)),
                        true, LocalDate.parse("2026-03-15"), Map.of("segment", "consumer")),
                new Customer("C-2", null, null, null, null, null, null, null, null, null, List.of(), null, null, Map.of()));
    }

    @Override
    protected Path write(Path folder, List<Object> records) throws IOException {
        return Files.write(folder.resolve("crm-customers.csv"), rows(records));
    }

    @Override
    protected Path writeWithBadRecord(Path folder, List<Object> records) throws IOException {
        List<String> rows = new ArrayList<>(rows(records));
        rows.add(2, "C-3,Bob,,,,basic,annual,ten,,,,,,");
        return Files.write(folder.resolve("crm-customers.csv"), rows);
    }

    @Override
    protected String badRecordField() {
        return "tenure_months";
    }

    private static List<String> rows(List<Object> records) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Object record : records) {
            Customer c = (Customer) record;
            String billing = c.billing().stream().map(b -> b.month() + ":" + String.format("%.2f", b.amount()))
                    .collect(Collectors.joining(";"));
            rows.add(CsvTable.format(Arrays.asList(c.id(), text(c.name()), text(c.email()),
                    c.phone() == null ? "" : "555-123-4567", text(c.handle()), text(c.plan()), text(c.contractType()),
                    text(c.tenureMonths()), text(c.contractEnd()), text(c.monthlyCharge()), billing,
                    c.churned() == null ? "" : (c.churned() ? "yes" : "no"), text(c.churnDate()),
                    text(c.attributes().get("segment")))));
        }
        return rows;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
