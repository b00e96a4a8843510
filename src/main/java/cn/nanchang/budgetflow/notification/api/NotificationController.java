package cn.nanchang.budgetflow.notification.api;

import cn.nanchang.budgetflow.notification.Notification;
import cn.nanchang.budgetflow.notification.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 站内通知: my notifications, the unread count, marking read. */
@RestController
@Tag(name = "站内通知")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "我的通知：最新的在前，含已读/未读")
    List<NotificationResponse> mine(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return notifications.mine(Math.max(0, offset), Math.max(1, Math.min(limit, 500))).stream()
            .map(NotificationResponse::of).toList();
    }

    @GetMapping("/api/v1/notifications/unread-count")
    @Operation(summary = "未读通知数（铃铛上的数字）")
    Map<String, Long> unread() {
        return Map.of("unread", notifications.unreadCount());
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @Operation(summary = "标记一条通知为已读")
    NotificationResponse markRead(@PathVariable long id) {
        return NotificationResponse.of(notifications.markRead(id));
    }

    @PostMapping("/api/v1/notifications/read-all")
    @Operation(summary = "全部标记为已读")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", notifications.markAllRead());
    }

    record NotificationResponse(long id, String kind, String title, String body, String link, Instant createdAt,
            boolean read) {

        static NotificationResponse of(Notification n) {
            return new NotificationResponse(n.getId(), n.getKind().name(), n.getTitle(), n.getBody(), n.getLink(),
                n.getCreatedAt(), n.isRead());
        }
    }
}
