package io.touchpoint.server.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.touchpoint.quality.Answer;
import io.touchpoint.quality.QualityService;
import io.touchpoint.quality.QueueQuery;
import io.touchpoint.quality.ReviewDetail;
import io.touchpoint.quality.ReviewItem;
import io.touchpoint.quality.ReviewOutcome;
import io.touchpoint.quality.ReviewSubmission;
import io.touchpoint.server.ApiException;
import io.touchpoint.server.ServerContext;
import io.touchpoint.server.auth.Authenticator;
import io.touchpoint.server.auth.DataScope;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The QA review queue (the quality module's {@link QualityService}): reviewers list the items
 * within their scope, open one with every answer and its evidence, and confirm or overturn the
 * machine's answers. The quality service writes its own audit entries for each decision.
 */
final class ReviewRoutes {

    private final ServerContext context;
    private final Supplier<QualityService> quality;

    ReviewRoutes(ServerContext context, Supplier<QualityService> quality) {
        this.context = requireNonNull(context, "context is null");
        this.quality = requireNonNull(quality, "quality is null");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/reviews", this::list, Permission.REVIEW);
        routes.get("/api/reviews/{itemId}", this::detail, Permission.REVIEW);
        routes.post("/api/reviews/{itemId}", this::submit, Permission.REVIEW);
    }

    private void list(Context ctx) {
        User user = Authenticator.user(ctx);
        DataScope scope = context.scopes().of(user);
        Parameters parameters = new Parameters(ctx);
        String status = parameters.text("status");
        if (status != null && !status.equals(ReviewItem.OPEN) && !status.equals(ReviewItem.REVIEWED)) {
            throw ApiException.badRequest("query parameter 'status' must be open or reviewed, was '" + status + "'");
        }
        int limit = parameters.integer("limit", 100, 1, 10_000);
        String agent = parameters.text("agent");
        if (agent != null && !scope.allowsAgent(agent)) {
            throw ApiException.forbidden("agent " + agent + " is outside your scope");
        }
        // Filter by scope after the query: a scoped reviewer asks for enough rows to fill the page.
        List<ReviewItem> items = quality.get().queue(new QueueQuery(status, parameters.text("scorecard"), agent,
                parameters.text("interaction"), scope instanceof DataScope.All ? limit : 10_000));
        List<ReviewItem> visible = items.stream().filter(item -> scope.allowsAgent(item.agentId())).limit(limit).toList();
        context.audit().record(user, "reviews.list", "reviews", ctx.queryString() == null ? "" : ctx.queryString());
        ctx.json(visible);
    }

    private ReviewDetail visibleItem(User user, long itemId) {
        ReviewDetail detail = quality.get().item(itemId);
        if (!context.scopes().of(user).allowsAgent(detail.item().agentId())) {
            throw ApiException.forbidden("review item " + itemId + " is about an agent outside your scope");
        }
        return detail;
    }

    private void detail(Context ctx) {
        User user = Authenticator.user(ctx);
        long itemId = itemId(ctx);
        ReviewDetail detail = visibleItem(user, itemId);
        context.audit().record(user, "review.read", "review:" + itemId, "interaction " + detail.item().interactionId());
        ctx.json(detail);
    }

    /** Body: {@code {"answers":{"q1":"yes","q2":"no"},"comment":"...","confirmRest":false}}. */
    private void submit(Context ctx) {
        User user = Authenticator.user(ctx);
        long itemId = itemId(ctx);
        visibleItem(user, itemId);
        JsonNode body;
        try {
            body = context.json().readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getMessage());
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        body.path("answers").properties().forEach(entry -> {
            try {
                answers.put(entry.getKey(), Answer.parse(entry.getValue().asText()));
            } catch (RuntimeException e) {
                throw ApiException.badRequest("answer to " + entry.getKey() + ": " + e.getMessage());
            }
        });
        ReviewOutcome outcome = quality.get().review(itemId, new ReviewSubmission(user.username(), answers,
                body.path("comment").asText(""), body.path("confirmRest").asBoolean(false)));
        ctx.json(outcome);
    }

    private static long itemId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("itemId"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("review item id must be a number, was '" + ctx.pathParam("itemId") + "'");
        }
    }
}
