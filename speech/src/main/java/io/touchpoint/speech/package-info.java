/** Recorded calls to redacted transcripts with word times, confidences and audio metrics (offline speech-to-text). */
package io.touchpoint.speech;
