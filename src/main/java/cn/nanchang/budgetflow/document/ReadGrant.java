package cn.nanchang.budgetflow.document;

import cn.nanchang.budgetflow.security.Actor;

/**
 * A reason, other than their section or role, why someone may read a document: for example being
 * copied in on it (抄送). Modules that grant reading implement it; {@link DocumentAccess} asks each.
 * Reading is all a grant gives; every action checks more.
 */
public interface ReadGrant {

    boolean grantsRead(long documentId, Actor actor);
}
