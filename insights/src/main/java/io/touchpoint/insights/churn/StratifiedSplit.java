package io.touchpoint.insights.churn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded split that keeps the churn rate the same on both sides: with a 5-25% positive rate a
 * plain random split can leave the small side with noticeably fewer churners.
 */
public record StratifiedSplit(int[] kept, int[] heldOut) {

    public static StratifiedSplit of(int[] labels, double heldOutFraction, long seed) {
        if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
            throw new IllegalArgumentException("heldOutFraction must be in (0, 1), was " + heldOutFraction);
        }
        Random random = new Random(seed);
        List<Integer> kept = new ArrayList<>();
        List<Integer> heldOut = new ArrayList<>();
        for (int label = 0; label <= 1; label++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == label) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            int cut = (int) Math.round(members.size() * heldOutFraction);
            heldOut.addAll(members.subList(0, cut));
            kept.addAll(members.subList(cut, members.size()));
        }
        Collections.sort(kept);
        Collections.sort(heldOut);
        return new StratifiedSplit(kept.stream().mapToInt(Integer::intValue).toArray(),
                heldOut.stream().mapToInt(Integer::intValue).toArray());
    }
}
