/** REST API, dashboard, live analysis and alerts, roles and the audit log, in one process. */
package io.touchpoint.server;
