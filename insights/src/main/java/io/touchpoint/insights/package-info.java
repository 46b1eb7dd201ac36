/**
 * Insights: turning stored, analyzed interactions into numbers a manager can act on. Each
 * capability has its own package ({@code churn}, {@code process}, ...), reads the store through
 * SQL on DuckDB and never writes interactions.
 */
package io.touchpoint.insights;
