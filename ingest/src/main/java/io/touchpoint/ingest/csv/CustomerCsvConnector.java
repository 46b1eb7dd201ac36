package io.touchpoint.ingest.csv;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.RecordSink;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.core.model.BillingRecord;
import io.touchpoint.core.model.Customer;
import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.PhoneNumbers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CRM customers from CSV, one customer a row. Columns (matched loosely, aliases in brackets):
 * {@code id} [customer_id, customerID], {@code name}, {@code email}, {@code phone},
 * {@code handle}, {@code plan}, {@code contract_type} [contract], {@code tenure_months} [tenure],
 * {@code contract_end} (ISO date), {@code monthly_charge} [monthly_charges],
 * {@code billing} ({@code 2026-01:45.00;2026-02:80.10}), {@code churned} [churn]
 * (true/false, yes/no, 1/0 or blank), {@code churn_date}. Other columns become attributes. The
 * aliases let the IBM telco-churn export load as it is.
 *
 * <p>A bad number, date or flag rejects the row naming the column. Phone numbers are normalised
 * to E.164 (kept as written when unreadable), e-mail addresses lower-cased.
 *
 * <p>Claims a {@code .csv} file that has an id column and either a name containing
 * "customer" or a plan/contract/tenure/churn column, and no interaction columns (channel, text).
 */
public final class CustomerCsvConnector implements Connector {

    private static final String[] ID = {"id", "customer_id", "customerID"};
    private static final String[] NAME = {"name", "customer_name", "full_name"};
    private static final String[] EMAIL = {"email", "email_address"};
    private static final String[] PHONE = {"phone", "phone_number"};
    private static final String[] HANDLE = {"handle", "social_handle"};
    private static final String[] PLAN = {"plan"};
    private static final String[] CONTRACT_TYPE = {"contract_type", "contract"};
    private static final String[] TENURE = {"tenure_months", "tenure"};
    private static final String[] CONTRACT_END = {"contract_end", "contract_end_date"};
    private static final String[] MONTHLY_CHARGE = {"monthly_charge", "monthly_charges"};
    private static final String[] BILLING = {"billing", "billing_history"};
    private static final String[] CHURNED = {"churned", "churn"};
    private static final String[] CHURN_DATE = {"churn_date"};

    @Override
    public String name() {
        return "crm-customers";
    }

    @Override
    public String description() {
        return "CRM customers from CSV (id, plan, contract, tenure, billing, churn)";
    }

    @Override
    public boolean canRead(Path file) {
        if (!InteractionCsvConnector.isCsv(file)) {
            return false;
        }
        boolean namedCustomer = file.getFileName().toString().toLowerCase(Locale.ROOT).contains("customer");
        return CsvTable.peekHeader(file).filter(header -> header.find(ID).isPresent()
                && !header.has("channel") && !header.has("text")
                && (namedCustomer || header.find(PLAN).isPresent() || header.find(CONTRACT_TYPE).isPresent()
                        || header.find(TENURE).isPresent() || header.find(CHURNED).isPresent())).isPresent();
    }

    @Override
    public void read(Path file, IngestOptions options, RecordSink sink) throws IOException {
        try (CsvTable table = CsvTable.open(file, options.maxRecordBytes())) {
            Columns columns = new Columns(table.header());
            CsvTable.Next next;
            while ((next = table.next()) != null) {
                if (next.rejected() != null) {
                    sink.accept(next.rejected());
                } else {
                    CsvRow row = next.row();
                    SourceLocation location = table.location(row.number());
                    try {
                        sink.accept(new IngestRecord.CustomerRecord(columns.customer(row, options), location));
                    } catch (InvalidFieldException e) {
                        sink.accept(new IngestRecord.Rejected(location, e.field(), e.getMessage(), row.raw()));
                    }
                }
                sink.progress(table.bytesRead());
            }
        }
    }

    /**
     * Parses {@code 2026-01:45.00;2026-02:80.10} (month:amount pairs separated by semicolons).
     *
     * @throws InvalidFieldException naming {@code column} for a pair that is not {@code YYYY-MM:amount}
     */
    static List<BillingRecord> parseBilling(String column, String text) throws InvalidFieldException {
        List<BillingRecord> billing = new ArrayList<>();
        if (text == null) {
            return billing;
        }
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            try {
                if (colon < 0) {
                    throw new IllegalArgumentException("no colon");
                }
                YearMonth month = YearMonth.parse(entry.substring(0, colon).strip());
                double amount = Double.parseDouble(entry.substring(colon + 1).strip());
                billing.add(new BillingRecord(month, amount));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new InvalidFieldException(column, "'" + entry.strip() + "' is not YYYY-MM:amount (as in 2026-01:45.00;2026-02:80.10)");
            }
        }
        return billing;
    }

    /** The header's names for each field (null when absent). */
    private static final class Columns {
        private final String id;
        private final String name;
        private final String email;
        private final String phone;
        private final String handle;
        private final String plan;
        private final String contractType;
        private final String tenure;
        private final String contractEnd;
        private final String monthlyCharge;
        private final String billing;
        private final String churned;
        private final String churnDate;
        private final Set<String> used = new HashSet<>();

        Columns(CsvHeader header) {
            id = find(header, ID);
            name = find(header, NAME);
            email = find(header, EMAIL);
            phone = find(header, PHONE);
            handle = find(header, HANDLE);
            plan = find(header, PLAN);
            contractType = find(header, CONTRACT_TYPE);
            tenure = find(header, TENURE);
            contractEnd = find(header, CONTRACT_END);
            monthlyCharge = find(header, MONTHLY_CHARGE);
            billing = find(header, BILLING);
            churned = find(header, CHURNED);
            churnDate = find(header, CHURN_DATE);
        }

        private String find(CsvHeader header, String[] names) {
            String column = header.find(names).orElse(null);
            if (column != null) {
                used.add(column);
            }
            return column;
        }

        Customer customer(CsvRow row, IngestOptions options) throws InvalidFieldException {
            String customerId = row.required(id == null ? "id" : id);
            Integer tenureMonths = row.integer(tenure);
            if (tenureMonths != null && tenureMonths < 0) {
                throw new InvalidFieldException(tenure, tenureMonths + " is negative");
            }
            Double charge = row.decimal(monthlyCharge);
            if (charge != null && charge < 0) {
                throw new InvalidFieldException(monthlyCharge, charge + " is negative");
            }
            LocalDate end = row.date(contractEnd);
            String mail = row.text(email);
            Map<String, String> attributes = row.otherColumns(used);
            return new Customer(customerId, row.text(name), mail == null ? null : mail.toLowerCase(Locale.ROOT),
                    PhoneNumbers.normalise(row.text(phone), options.defaultPhoneRegion()), row.text(handle),
                    row.text(plan), row.text(contractType), tenureMonths, end, charge,
                    parseBilling(billing, row.text(billing)), row.bool(churned), row.date(churnDate), attributes);
        }
    }
}
