package io.touchpoint.cli.commands;

import io.touchpoint.cli.output.Json;
import io.touchpoint.cli.output.OutputFormat;
import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Customer;
import io.touchpoint.ingest.PhoneNumbers;
import io.touchpoint.store.InteractionSummary;
import io.touchpoint.store.Journey;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "journey", mixinStandardHelpOptions = true,
        description = "One customer's interactions across every channel, in time order. The customer is found by CRM id, "
                + "e-mail, phone number or social handle.")
public final class JourneyCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "CUSTOMER", description = "Customer id, e-mail, phone or social handle.")
    String customerKey;

    @Option(names = "--phone-region", defaultValue = "US", description = "Region for a phone number without country code.")
    String phoneRegion;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (TouchpointStore store = data.open()) {
            Journey journey = store.journey(customerKey);
            if (journey.interactions().isEmpty() && journey.customer().isEmpty()) {
                // A phone number typed as the user knows it: try its E.164 form.
                var phone = PhoneNumbers.toE164(customerKey, phoneRegion);
                if (phone.isPresent() && !phone.get().equals(customerKey)) {
                    journey = store.journey(phone.get());
                }
            }
            if (journey.interactions().isEmpty() && journey.customer().isEmpty()) {
                throw TouchpointException.userError("no customer or interaction matches '" + customerKey
                        + "'; try a CRM id, an e-mail, a phone number or a handle (see: touchpoint search)");
            }
            print(spec.commandLine().getOut(), journey);
        }
        return 0;
    }

    private void print(PrintWriter out, Journey journey) {
        if (format == OutputFormat.json) {
            var node = Json.object();
            node.put("customerKey", journey.customerKey());
            node.put("resolvedCustomerId", journey.resolvedCustomerId().orElse(null));
            if (journey.customer().isPresent()) {
                Customer customer = journey.customer().get();
                var customerNode = node.putObject("customer");
                customerNode.put("id", customer.id());
                customerNode.put("name", customer.name());
                customerNode.put("email", customer.email());
                customerNode.put("phone", customer.phone());
                customerNode.put("handle", customer.handle());
                customerNode.put("plan", customer.plan());
                customerNode.put("contractType", customer.contractType());
                customerNode.put("contractEnd", customer.contractEnd() == null ? null : customer.contractEnd().toString());
                customerNode.put("churned", customer.churned());
            } else {
                node.putNull("customer");
            }
            var interactions = node.putArray("interactions");
            for (InteractionSummary summary : journey.interactions()) {
                var item = interactions.addObject();
                item.put("id", summary.id());
                item.put("channel", summary.channel().wireName());
                item.put("direction", summary.direction().wireName());
                item.put("startedAt", summary.startedAt().toString());
                item.put("endedAt", summary.endedAt() == null ? null : summary.endedAt().toString());
                item.put("agentId", summary.agentId());
                item.put("queue", summary.queue());
                item.put("turns", summary.turns());
                item.put("preview", summary.preview());
            }
            Json.print(out, node);
            return;
        }
        journey.customer().ifPresentOrElse(
                customer -> out.printf("customer %s  %s%s%s%s%n", customer.id(),
                        customer.name() == null ? "" : customer.name(),
                        customer.plan() == null ? "" : "  plan " + customer.plan(),
                        contract(customer.contractType(), customer.contractEnd()),
                        Boolean.TRUE.equals(customer.churned())
                                ? "  (churned" + (customer.churnDate() == null ? "" : " " + customer.churnDate()) + ")"
                                : ""),
                () -> out.println("no CRM record; interactions matched by " + journey.customerKey()));
        Table table = new Table(70, "started", "channel", "interaction", "agent", "queue", "turns", "preview");
        for (InteractionSummary summary : journey.interactions()) {
            table.row(summary.startedAt().toString().substring(0, 16).replace('T', ' '), summary.channel().wireName(),
                    summary.id(), summary.agentId(), summary.queue(), summary.turns(), summary.preview());
        }
        table.print(out);
        out.printf("%d interactions on %d channels%n", journey.interactions().size(),
                journey.interactions().stream().map(InteractionSummary::channel).distinct().count());
        out.flush();
    }

    /** "  contract one-year until 2027-03-31", leaving out what the CRM record does not say. */
    private static String contract(String type, LocalDate end) {
        if (type == null && end == null) {
            return "";
        }
        return "  contract" + (type == null ? "" : " " + type) + (end == null ? "" : " until " + end);
    }
}
