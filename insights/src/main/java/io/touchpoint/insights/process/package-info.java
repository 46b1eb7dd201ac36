/**
 * Agent-desktop analytics and process mining: desktop events (application focus, pages, process
 * start/end tags) are aligned with the interactions the agent was handling
 * ({@link io.touchpoint.insights.process.DesktopAlignment}), summarised per interaction and per
 * process ({@link io.touchpoint.insights.process.ProcessMining}) and valued with a
 * {@link io.touchpoint.insights.process.CostModel}. See docs/processes.md.
 */
package io.touchpoint.insights.process;
