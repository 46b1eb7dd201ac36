/** Kafka topics in and out: the live-turn and interaction topic schema, a consumer that feeds the embedded store, producers of findings and alerts. */
package io.touchpoint.kafka;
