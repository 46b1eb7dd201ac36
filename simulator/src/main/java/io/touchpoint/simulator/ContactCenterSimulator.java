package io.touchpoint.simulator;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a synthetic telecom contact center with planted, known patterns; see {@link GroundTruth} for
 * what is planted. Deterministic: the same configuration gives the same result, byte for byte once written.
 *
 * <pre>{@code
 * SimulatedContactCenter center = new ContactCenterSimulator(SimulationConfig.of(10_000, 7L)).generate();
 * SimulationWriter.write(center, Path.of("demo-data"));
 * }</pre>
 */
public final class ContactCenterSimulator {

    private static final Logger LOG = LoggerFactory.getLogger(ContactCenterSimulator.class);

    /** Root tweet ids of social threads start here; each thread reserves a block of ids for its replies. */
    static final long SOCIAL_ID_BASE = 1_700_000_000_000L;
    static final int SOCIAL_ID_BLOCK = 16;

    private final SimulationConfig config;

    public ContactCenterSimulator(SimulationConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    public SimulatedContactCenter generate() {
        long started = System.nanoTime();
        CustomerBase customerBase = CustomerBase.generate(config);
        AgentRoster roster = AgentRoster.generate(config);
        InteractionPlanner planner = new InteractionPlanner(config, customerBase);
        List<Plan> plans = planner.plan();

        TruthRecorder truth = new TruthRecorder(config);
        DesktopActivity desktop = new DesktopActivity();
        Dice scheduling = Dice.forKey(config.seed(), "schedule", 0);
        List<Interaction> interactions = new ArrayList<>(plans.size());
        Map<String, Instant> lastContact = new HashMap<>();
        for (int index = 0; index < plans.size(); index++) {
            Plan plan = plans.get(index);
            plan.sequence = index + 1;
            plan.id = interactionId(plan);
            assignAgent(plan, roster, scheduling);
            Dice dice = Dice.forKey(config.seed(), "story", plan.sequence);
            StoryContext context = new StoryContext(plan, plan.agent, dice);
            Script script = plan.live() ? new LiveConversation(context).compose()
                    : new WrittenConversation(context).compose();
            boolean earlyTransfer = script.patterns.contains(GroundTruth.EARLY_TRANSFER);
            Timeline.Rendered rendered = Timeline.render(script, plan.channel, earlyTransfer, dice);
            Interaction interaction = interaction(plan, script, rendered);
            if (plan.live()) {
                Instant processStart = null;
                Instant processEnd = null;
                if (script.process != null && rendered.processStartMs() >= 0) {
                    processStart = plan.start.plusMillis(rendered.processStartMs());
                    processEnd = plan.start.plusMillis(rendered.processEndMs());
                    truth.recordProcess(new GroundTruth.ProcessInstance(script.process.name(), plan.id, plan.agent.id,
                            processStart, processEnd, script.process.applications()));
                }
                Instant free = desktop.emit(plan, interaction.startedAt(), interaction.endedAt(), script.process,
                        processStart, processEnd, dice);
                plan.agent.busyUntil = free.toEpochMilli();
            }
            truth.record(plan, script, rendered, interaction);
            interactions.add(interaction);
            lastContact.merge(plan.customer.id, interaction.startedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }

        List<Customer> customers = new ArrayList<>(customerBase.customers.size());
        for (SimulatedCustomer customer : customerBase.customers) {
            if (customer.churns()) {
                // A customer leaves after their last contact, whatever the plan said.
                LocalDate planned = config.startDate().plusDays(customer.churnDay);
                Instant last = lastContact.get(customer.id);
                LocalDate afterLast = last == null ? planned
                        : last.atZone(InteractionPlanner.ZONE).toLocalDate().plusDays(1);
                customer.churnDate = planned.isAfter(afterLast) ? planned : afterLast;
            }
            customers.add(customer.toCustomer());
        }
        List<Agent> agents = roster.agents.stream().map(SimulatedAgent::toAgent).toList();
        GroundTruth groundTruth = truth.build(customerBase.customers, roster.earlyTransferAgentIds(),
                new GroundTruth.OutageSpike(planner.spikeRegion, planner.spikeDays, InteractionPlanner.SPIKE_MULTIPLIER));
        SimulatedContactCenter center = new SimulatedContactCenter(interactions, customers, agents, desktop.events(),
                groundTruth);
        LOG.info("Simulated {} interactions, {} customers, {} agents, {} desktop events in {} ms (seed {})",
                interactions.size(), customers.size(), agents.size(), center.desktopEvents().size(),
                (System.nanoTime() - started) / 1_000_000, config.seed());
        return center;
    }

    private static String interactionId(Plan plan) {
        String number = String.format(Locale.ROOT, "%06d", plan.sequence);
        return switch (plan.channel) {
            case VOICE -> "call-" + number;
            case CHAT -> "chat-" + number;
            case SMS -> "sms-" + number;
            case WEBFORM -> "web-" + number;
            case EMAIL -> "email:" + emailMessageId(plan.sequence, 1);
            case SOCIAL -> "social:" + socialPostId(plan.sequence, 0);
        };
    }

    /** The Message-ID (without angle brackets) of message {@code index} (1-based) of e-mail thread {@code sequence}. */
    static String emailMessageId(int sequence, int index) {
        return String.format(Locale.ROOT, "e-%06d.%d@%s", sequence, index, Vocabulary.MAIL_DOMAIN);
    }

    static String socialPostId(int sequence, int index) {
        return String.valueOf(SOCIAL_ID_BASE + (long) sequence * SOCIAL_ID_BLOCK + index);
    }

    /**
     * Live contacts go to a free agent of the queue, or wait for the first one to become free; written
     * contacts go to any agent of the queue, who answers when they can.
     */
    private static void assignAgent(Plan plan, AgentRoster roster, Dice dice) {
        List<SimulatedAgent> staff = roster.forQueue(plan.reason.queue());
        if (!plan.live()) {
            plan.agent = dice.pick(staff);
            return;
        }
        long start = plan.start.toEpochMilli();
        List<SimulatedAgent> free = new ArrayList<>();
        SimulatedAgent firstFree = null;
        for (SimulatedAgent agent : staff) {
            if (agent.busyUntil <= start) {
                free.add(agent);
            }
            if (firstFree == null || agent.busyUntil < firstFree.busyUntil) {
                firstFree = agent;
            }
        }
        if (!free.isEmpty()) {
            plan.agent = dice.pick(free);
            return;
        }
        plan.agent = firstFree;
        // The customer waits in the queue; times stay on whole seconds like every other start.
        long waited = firstFree.busyUntil + dice.between(3_000, 60_000);
        plan.start = Instant.ofEpochSecond(Math.floorDiv(waited, 1000) + 1);
    }

    private Interaction interaction(Plan plan, Script script, Timeline.Rendered rendered) {
        SimulatedCustomer customer = plan.customer;
        Dice identity = Dice.forKey(config.seed(), "identity", plan.sequence);
        CustomerRef ref = switch (plan.channel) {
            case VOICE -> new CustomerRef(identity.chance(0.7) || plan.reason == ContactReason.COLLECTIONS
                    ? customer.id : null, null, customer.phone, null);
            case CHAT -> new CustomerRef(identity.chance(0.6) ? customer.id : null, customer.email, null, null);
            case SMS -> new CustomerRef(null, null, customer.phone, null);
            case WEBFORM, EMAIL -> new CustomerRef(null, customer.email, null, null);
            case SOCIAL -> new CustomerRef(null, null, null, customer.handle);
        };
        boolean connectorKnowsOutcome = plan.channel != Channel.EMAIL && plan.channel != Channel.SOCIAL;
        Interaction.Builder builder = Interaction.builder(plan.id, plan.channel, plan.start)
                .direction(plan.direction())
                .endedAt(plan.start.plusMillis(rendered.durationMs()))
                .customer(ref)
                .turns(rendered.turns())
                .outcome(connectorKnowsOutcome ? script.outcome() : Outcome.UNKNOWN);
        // Each interaction is given as its connector reads it back from the written source.
        switch (plan.channel) {
            case EMAIL -> builder.agentId(plan.agent.id).queue(plan.reason.queue())
                    .attribute("subject", MailboxWriter.subject(plan.reason.wireName()));
            case SOCIAL -> builder.agentId(Vocabulary.SOCIAL_HANDLE);
            default -> builder.agentId(plan.agent.id).queue(plan.reason.queue()).language("en")
                    // E-mail and social sources carry no region; the canonical channels do, for the outage map.
                    .attribute("region", customer.region);
        }
        return builder.build();
    }
}
