/** Scorecards, 100% automated quality scoring, the human review queue, targeted sampling and coaching. */
package io.touchpoint.quality;
