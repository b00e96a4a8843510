package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.document.DocumentLookup;
import cn.nanchang.budgetflow.notification.NotificationSender;
import cn.nanchang.budgetflow.workflow.TaskEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a step's task ends, whoever ended it, the notices that asked people to work on the
 * document are read: the bell of a group's other members stops counting a task one of them
 * has done. Notices of later steps arrive after the task ended and stay unread.
 */
@Component
class SettledNotices {

    private final DocumentLookup documents;
    private final NotificationSender notifications;

    SettledNotices(DocumentLookup documents, NotificationSender notifications) {
        this.documents = documents;
        this.notifications = notifications;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onTaskEnded(TaskEnded ended) {
        documents.find(ended.documentId()).ifPresent(document ->
            notifications.settleWorkOn(document.documentType().routePrefix() + "/" + document.getId()));
    }
}
