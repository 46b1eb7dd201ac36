package io.touchpoint.simulator;

import io.touchpoint.core.model.Channel;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides who gets in touch, when, on which channel and why: the everyday background, the planted churners'
 * contacts, the outage spike and the planted repeat contacts. Times are business hours in New York,
 * weekday-heavy; the total is exactly the configured number of interactions.
 */
final class InteractionPlanner {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final double SPIKE_MULTIPLIER = 6.0;
    static final double FOLLOW_UP_RATE = 0.06;

    /** voice, chat, email, sms, social, webform. */
    private static final Channel[] CHANNELS = {Channel.VOICE, Channel.CHAT, Channel.EMAIL, Channel.SMS,
            Channel.SOCIAL, Channel.WEBFORM};
    private static final double[] CHANNEL_MIX = {45, 20, 12, 8, 8, 7};
    private static final double[] SPIKE_CHANNEL_MIX = {50, 15, 0, 15, 15, 5};

    private final SimulationConfig config;
    private final CustomerBase customers;
    private final Dice dice;
    private final double[] dayWeights;
    private final List<Plan> plans = new ArrayList<>();
    final String spikeRegion;
    final List<LocalDate> spikeDays = new ArrayList<>();

    InteractionPlanner(SimulationConfig config, CustomerBase customers) {
        this.config = config;
        this.customers = customers;
        this.dice = Dice.forKey(config.seed(), "planner", 0);
        this.dayWeights = new double[config.days()];
        for (int day = 0; day < config.days(); day++) {
            DayOfWeek weekday = config.startDate().plusDays(day).getDayOfWeek();
            dayWeights[day] = weekday == DayOfWeek.SUNDAY ? 0.25 : weekday == DayOfWeek.SATURDAY ? 0.45 : 1.0;
        }
        this.spikeRegion = dice.pick(Vocabulary.REGIONS);
    }

    /** All plans, sorted by planned start. */
    List<Plan> plan() {
        int total = config.interactions();
        List<Plan> churnerPlans = churnerPlans(total / 4);
        int spikeCount = Math.min(total / 10, spikePlanCount(total));
        int followUps = (int) Math.round((total - churnerPlans.size() - spikeCount) * FOLLOW_UP_RATE);
        int base = total - churnerPlans.size() - spikeCount - followUps;

        plans.addAll(churnerPlans);
        for (int i = 0; i < base; i++) {
            int day = pickDay();
            Channel channel = CHANNELS[dice.weighted(CHANNEL_MIX)];
            ContactReason reason = pickReason(channel);
            SimulatedCustomer customer = customers.pickActive(dice, day);
            plans.add(new Plan(customer, channel, reason, day, timeOn(day, channel), plans.size()));
        }
        addSpike(spikeCount);
        addFollowUps(followUps);
        plans.sort(Comparator.comparing((Plan plan) -> plan.start).thenComparingInt(plan -> plan.creationOrder));
        return plans;
    }

    private List<Plan> churnerPlans(int budget) {
        List<Plan> result = new ArrayList<>();
        for (SimulatedCustomer customer : customers.customers) {
            if (!customer.plantedChurner) {
                continue;
            }
            int count = dice.between(2, 4);
            if (result.size() + count > budget) {
                break;
            }
            int firstDay = Math.max(0, customer.churnDay - 35);
            int lastDay = Math.max(firstDay, customer.churnDay - 1);
            List<Integer> days = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                days.add(dice.between(firstDay, lastDay));
            }
            days.sort(Integer::compare);
            for (int i = 0; i < count; i++) {
                boolean last = i == count - 1;
                Plan.ChurnSignal signal;
                ContactReason reason;
                if (last) {
                    signal = Plan.ChurnSignal.FINAL;
                    reason = dice.chance(0.6) ? ContactReason.CANCELLATION
                            : dice.pick(ContactReason.BILLING, ContactReason.TECH_SUPPORT);
                } else if (i == 0 && customer.billingSpike != null) {
                    signal = Plan.ChurnSignal.BILLING_SPIKE;
                    reason = ContactReason.BILLING;
                } else if (dice.chance(0.4)) {
                    signal = Plan.ChurnSignal.OUTAGE;
                    reason = ContactReason.OUTAGE;
                } else {
                    signal = Plan.ChurnSignal.COMPLAINT;
                    reason = dice.pick(ContactReason.BILLING, ContactReason.TECH_SUPPORT, ContactReason.DEVICE);
                }
                Channel channel = CHANNELS[dice.weighted(CHANNEL_MIX)];
                int day = days.get(i);
                Plan plan = new Plan(customer, channel, reason, day, timeOn(day, channel), result.size());
                plan.churnSignal = signal;
                result.add(plan);
            }
        }
        return result;
    }

    /** Outage contacts of one region are multiplied on the spike days; extra = (multiplier - 1) x baseline. */
    private int spikePlanCount(int total) {
        double weightSum = 0;
        for (double weight : dayWeights) {
            weightSum += weight;
        }
        double outageShare = (double) ContactReason.OUTAGE.weight() / totalReasonWeight();
        double perWeekdayRegion = total / weightSum * outageShare / Vocabulary.REGIONS.size();
        int spikeDayCount = config.days() >= 30 ? 3 : 2;
        int perDay = Math.max(3, (int) Math.round((SPIKE_MULTIPLIER - 1) * perWeekdayRegion));
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < spikeDayCount; i++) {
            int center = (int) Math.round(config.days() * (0.2 + 0.29 * i)) + dice.between(-3, 3);
            int day = Math.max(0, Math.min(config.days() - 1, center));
            while (dayWeights[day] < 1.0 || chosen.contains(day)) {
                day = (day + 1) % config.days();
            }
            chosen.add(day);
        }
        chosen.sort(Integer::compare);
        chosen.forEach(day -> spikeDays.add(config.startDate().plusDays(day)));
        return perDay * spikeDayCount;
    }

    private void addSpike(int count) {
        int perDay = spikeDays.isEmpty() ? 0 : count / spikeDays.size();
        for (LocalDate date : spikeDays) {
            int day = (int) (date.toEpochDay() - config.startDate().toEpochDay());
            // The outage starts in the morning; contacts pour in over the following hours.
            double outageStartHour = dice.uniform(8.5, 11.5);
            for (int i = 0; i < perDay; i++) {
                Channel channel = CHANNELS[dice.weighted(SPIKE_CHANNEL_MIX)];
                double hour = Math.min(19.9, outageStartHour + Math.abs(dice.gaussian(0, 2.5)));
                SimulatedCustomer customer = customers.pickActiveInRegion(dice, day, spikeRegion);
                Plan plan = new Plan(customer, channel, ContactReason.OUTAGE, day, at(day, hour), plans.size());
                plan.outageSpike = true;
                plans.add(plan);
            }
        }
    }

    private void addFollowUps(int count) {
        List<Plan> candidates = plans.stream()
                .filter(plan -> plan.reason != ContactReason.COLLECTIONS && !plan.outageSpike
                        && plan.churnSignal == Plan.ChurnSignal.NONE && plan.day <= config.days() - 2)
                .toList();
        if (candidates.isEmpty()) {
            return;
        }
        long periodEnd = config.endDate().plusDays(1).atStartOfDay(ZONE).toInstant().getEpochSecond();
        for (int i = 0; i < count; i++) {
            Plan origin = candidates.get(dice.between(0, candidates.size() - 1));
            long latest = Math.min(origin.start.getEpochSecond() + 150 * 3600L, periodEnd - 3600);
            long earliest = origin.start.getEpochSecond() + 3 * 3600L;
            if (latest <= earliest) {
                latest = earliest + 3600;
            }
            Channel channel = dice.chance(0.55) ? origin.channel : CHANNELS[dice.weighted(CHANNEL_MIX)];
            Instant start = businessHoursOnOrAfter(Instant.ofEpochSecond(dice.betweenLong(earliest, latest)), channel);
            int day = (int) (start.atZone(ZONE).toLocalDate().toEpochDay() - config.startDate().toEpochDay());
            Plan plan = new Plan(origin.customer, channel, origin.reason, day, start, plans.size());
            plan.followUpOf = origin;
            plans.add(plan);
        }
    }

    private ContactReason pickReason(Channel channel) {
        ContactReason[] reasons = ContactReason.values();
        double[] weights = new double[reasons.length];
        for (int i = 0; i < reasons.length; i++) {
            // Collections are outbound phone calls only.
            weights[i] = reasons[i] == ContactReason.COLLECTIONS && channel != Channel.VOICE ? 0
                    : reasons[i] == ContactReason.COLLECTIONS ? reasons[i].weight() * 2.2 : reasons[i].weight();
        }
        return reasons[dice.weighted(weights)];
    }

    private static int totalReasonWeight() {
        int total = 0;
        for (ContactReason reason : ContactReason.values()) {
            total += reason.weight();
        }
        return total;
    }

    private int pickDay() {
        return dice.weighted(dayWeights);
    }

    private Instant timeOn(int day, Channel channel) {
        boolean weekend = dayWeights[day] < 1.0;
        double hour;
        if (channel == Channel.EMAIL || channel == Channel.SOCIAL || channel == Channel.WEBFORM) {
            // Written channels arrive around the clock but mostly in waking hours.
            hour = dice.chance(0.8) ? dice.uniform(7, 23) : dice.uniform(0, 24);
        } else if (weekend) {
            hour = dice.uniform(9, 17);
        } else {
            double mode = dice.uniform(0, 1);
            hour = mode < 0.45 ? dice.gaussian(11, 1.3) : mode < 0.85 ? dice.gaussian(15, 1.5) : dice.uniform(8, 20);
            hour = Math.max(8, Math.min(19.95, hour));
        }
        return at(day, hour);
    }

    private Instant at(int day, double hour) {
        int seconds = (int) Math.floor(hour * 3600);
        seconds = Math.max(0, Math.min(86_399, seconds));
        return config.startDate().plusDays(day).atTime(LocalTime.ofSecondOfDay(seconds)).atZone(ZONE).toInstant();
    }

    private Instant businessHoursOnOrAfter(Instant instant, Channel channel) {
        if (channel == Channel.EMAIL || channel == Channel.SOCIAL || channel == Channel.WEBFORM) {
            return instant;
        }
        LocalTime time = instant.atZone(ZONE).toLocalTime();
        LocalDate date = instant.atZone(ZONE).toLocalDate();
        if (time.isBefore(LocalTime.of(8, 0))) {
            return date.atTime(8, dice.between(0, 59), dice.between(0, 59)).atZone(ZONE).toInstant();
        }
        if (time.isAfter(LocalTime.of(19, 45))) {
            // Evening: move to the next morning (at most 150 h + 13 h after the origin, inside the 7-day window),
            // or earlier that evening on the last day of the period.
            LocalDate next = date.plusDays(1);
            if (next.isAfter(config.endDate())) {
                return date.atTime(19, dice.between(0, 44), dice.between(0, 59)).atZone(ZONE).toInstant();
            }
            return next.atTime(8, dice.between(0, 59), dice.between(0, 59)).atZone(ZONE).toInstant();
        }
        return instant;
    }
}
