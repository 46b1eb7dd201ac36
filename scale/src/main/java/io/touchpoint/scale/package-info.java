/** The same analysis on Apache Spark (batch) and Kafka + Apache Flink (live), past one machine. */
package io.touchpoint.scale;
