/**
 * Ingest: connectors from source formats to canonical records, and the job that runs them.
 *
 * <h2>Connectors</h2>
 * Found through {@code META-INF/services/io.touchpoint.core.ingest.Connector}, in this order
 * (the first that claims a file reads it):
 * <table>
 *   <caption>connectors</caption>
 *   <tr><th>name</th><th>claims</th><th>records, ids</th><th>unit</th></tr>
 *   <tr><td>{@code ndjson}</td><td>{@code .ndjson}, {@code .jsonl}</td>
 *       <td>interactions and desktop events in the canonical format; ids as written</td><td>line</td></tr>
 *   <tr><td>{@code chat-transcript}</td><td>{@code .json} holding an array of {@code [text, label]} pairs</td>
 *       <td>one chat per item, id {@code <file name without extension>:<0-based index>}, label in
 *       {@code attributes.intent}</td><td>item</td></tr>
 *   <tr><td>{@code email}</td><td>{@code .eml}, {@code .mbox}, {@code .mbx}, any file starting with {@code "From "}</td>
 *       <td>one interaction per thread across all files, id {@code email:<root Message-ID>}</td><td>message</td></tr>
 *   <tr><td>{@code social}</td><td>{@code .csv} with tweet_id, author_id, inbound, created_at, text,
 *       in_response_to_tweet_id</td><td>one interaction per thread, id {@code social:<root tweet_id>}</td><td>row</td></tr>
 *   <tr><td>{@code crm-customers}</td><td>{@code .csv} with an id column and a name containing "customer"
 *       or plan/contract/tenure/churn columns</td><td>customers</td><td>row</td></tr>
 *   <tr><td>{@code agents}</td><td>{@code .csv} named "*agent*" with an id column</td><td>agents</td><td>row</td></tr>
 *   <tr><td>{@code csv}</td><td>{@code .csv} when {@code csv.column.*} is set, or with columns id, channel,
 *       started_at, text</td><td>interactions; id column, conversation id, or {@code <file>:<row>}</td><td>row</td></tr>
 * </table>
 * Positions are 1-based (row 1 is the first data row); the source is the file name.
 *
 * <h2>Settings ({@link io.touchpoint.core.ingest.IngestOptions#settings()})</h2>
 * <ul>
 *   <li>{@code csv.column.<field>=<header>}: column mapping of the {@code csv} connector; fields
 *       id, channel, direction, startedAt, endedAt, customerId, customerEmail, customerPhone,
 *       customerHandle, agentId, queue, language, text, speaker, conversationId, resolved,
 *       transferred, csat. An unknown field fails with a "did you mean".</li>
 *   <li>{@code csv.channel=<channel>}: the channel when no column holds it.</li>
 *   <li>{@code email.agent-domains=<d1,d2>}: senders from these domains are agents.</li>
 *   <li>{@code chat.started-at=<instant>}: start of item 0 of a chat transcript file (default
 *       2020-01-01T00:00:00Z; item N starts N hours later).</li>
 * </ul>
 * Also {@code maxRecordBytes} (oversized records are rejected) and {@code defaultPhoneRegion}
 * (phone numbers to E.164 by {@link io.touchpoint.ingest.PhoneNumbers}).
 *
 * <h2>Running</h2>
 * {@link io.touchpoint.ingest.IngestJob} expands folders, picks connectors, writes atomic batches
 * and sends rejections to the {@link io.touchpoint.ingest.DeadLetterWriter}; its
 * {@link io.touchpoint.ingest.IngestReport#exitStatus()} is 0 (all stored), 3 (some rejected or
 * some sources failed) or 4 (nothing read).
 */
package io.touchpoint.ingest;
