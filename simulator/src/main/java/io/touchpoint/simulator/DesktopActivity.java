package io.touchpoint.simulator;

import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The agent-desktop events of live contacts: application focus and pages while the agent works, a
 * process_start/process_end pair around a business process, and after-call work once the customer is gone.
 * Only some events carry the interaction id, as on real desktops: the rest must be matched by agent and time.
 */
final class DesktopActivity {

    private record Sequenced(DesktopEvent event, long order) {
    }

    private final List<Sequenced> events = new ArrayList<>();
    private long order;

    /**
     * Emits one interaction's events and returns when the agent's after-call work ends.
     *
     * @param processStart absolute start of the process, or null
     */
    Instant emit(Plan plan, Instant start, Instant end, Script.ProcessStep process, Instant processStart,
                 Instant processEnd, Dice dice) {
        String agent = plan.agent.id;
        String customer = plan.customer.id;
        String id = plan.id;
        long clock = start.toEpochMilli() + dice.between(500, 4_000);
        add(agent, clock, DesktopEventType.APP_FOCUS, "crm", null, null, tagged(id, dice, 0.4));
        add(agent, clock + dice.between(200, 900), DesktopEventType.URL, "crm", null,
                "https://crm.telco.example/customers/" + customer, tagged(id, dice, 0.4));
        long endMillis = end.toEpochMilli();
        long processFrom = processStart == null ? Long.MAX_VALUE : processStart.toEpochMilli();
        long processTo = processEnd == null ? Long.MIN_VALUE : processEnd.toEpochMilli();
        List<String> working = workingApplications(plan.reason);
        clock += dice.between(15_000, 90_000);
        while (clock < endMillis - 2_000) {
            if (clock >= processFrom - 1_000 && clock <= processTo + 1_000) {
                clock = processTo + dice.between(2_000, 20_000);
                continue;
            }
            String application = dice.pick(working);
            add(agent, clock, DesktopEventType.APP_FOCUS, application, null, null, tagged(id, dice, 0.4));
            String url = page(application, customer, dice);
            if (url != null && dice.chance(0.6)) {
                add(agent, clock + dice.between(300, 3_000), DesktopEventType.URL, application, null, url,
                        tagged(id, dice, 0.4));
            }
            clock += dice.between(20_000, 120_000);
        }
        if (process != null && processStart != null) {
            List<String> applications = process.applications();
            boolean tagProcess = dice.chance(0.5);
            add(agent, processFrom, DesktopEventType.PROCESS_START, applications.getFirst(), process.name(), null,
                    tagProcess ? id : null);
            long slice = (processTo - processFrom) / applications.size();
            for (int i = 0; i < applications.size(); i++) {
                long at = processFrom + 300 + i * slice + dice.between(0, (int) Math.min(5_000, slice / 4));
                String application = applications.get(i);
                add(agent, at, DesktopEventType.APP_FOCUS, application, null, null, tagged(id, dice, 0.3));
                add(agent, at + dice.between(500, 2_500), DesktopEventType.URL, application, null,
                        processPage(process.name(), application, customer), tagged(id, dice, 0.3));
            }
            add(agent, processTo, DesktopEventType.PROCESS_END, applications.getLast(), process.name(), null,
                    tagProcess ? id : null);
        }
        // After-call work: notes in the CRM, sometimes a follow-up e-mail, all after the call has ended.
        long wrapUp = endMillis + dice.between(800, 3_000);
        add(agent, wrapUp, DesktopEventType.APP_FOCUS, "crm", null, null, tagged(id, dice, 0.3));
        add(agent, wrapUp + dice.between(500, 2_000), DesktopEventType.URL, "crm", null,
                "https://crm.telco.example/customers/" + customer + "/notes", tagged(id, dice, 0.3));
        long wrapUpEnd = wrapUp + dice.between(15_000, 90_000);
        if (dice.chance(0.25)) {
            add(agent, wrapUp + (wrapUpEnd - wrapUp) / 2, DesktopEventType.APP_FOCUS, "email", null, null,
                    tagged(id, dice, 0.3));
        }
        return Instant.ofEpochMilli(wrapUpEnd);
    }

    List<DesktopEvent> events() {
        return events.stream()
                .sorted(Comparator.comparing((Sequenced sequenced) -> sequenced.event().timestamp())
                        .thenComparing(sequenced -> sequenced.event().agentId())
                        .thenComparingLong(Sequenced::order))
                .map(Sequenced::event)
                .toList();
    }

    private void add(String agent, long millis, DesktopEventType type, String application, String process, String url,
                     String interactionId) {
        events.add(new Sequenced(new DesktopEvent(agent, Instant.ofEpochMilli(millis), type, application, process, url,
                interactionId), order++));
    }

    private static String tagged(String id, Dice dice, double probability) {
        return dice.chance(probability) ? id : null;
    }

    private static List<String> workingApplications(ContactReason reason) {
        return switch (reason) {
            case BILLING, PAYMENT_ARRANGEMENT, COLLECTIONS -> List.of("billing", "billing", "crm", "knowledge_base");
            case OUTAGE -> List.of("browser", "crm", "knowledge_base");
            case DEVICE, TECH_SUPPORT -> List.of("knowledge_base", "knowledge_base", "crm", "browser", "provisioning");
            case SALES, PLAN_CHANGE -> List.of("crm", "billing", "knowledge_base");
            case ACCOUNT_OPENING -> List.of("crm", "knowledge_base");
            case CANCELLATION -> List.of("crm", "billing");
        };
    }

    private static String page(String application, String customer, Dice dice) {
        return switch (application) {
            case "crm" -> "https://crm.telco.example/customers/" + customer + dice.pick("", "/history", "/devices");
            case "billing" -> "https://billing.telco.example/accounts/" + customer
                    + dice.pick("/invoices", "/payments", "/adjustments");
            case "knowledge_base" -> "https://kb.telco.example/articles/" + dice.between(1000, 1999);
            case "browser" -> dice.pick("https://status.telco.example/outages", "https://www.example.com/search?q=apn+settings",
                    "https://status.telco.example/map");
            case "provisioning" -> "https://provisioning.telco.example/lines/" + customer;
            default -> null;
        };
    }

    private static String processPage(String process, String application, String customer) {
        return switch (application) {
            case "crm" -> "https://crm.telco.example/customers/" + customer + "/" + process.replace('_', '-');
            case "billing" -> "https://billing.telco.example/accounts/" + customer + "/" + process.replace('_', '-');
            case "provisioning" -> "https://provisioning.telco.example/orders/new?flow=" + process;
            default -> "https://kb.telco.example/processes/" + process;
        };
    }
}
