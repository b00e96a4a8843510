package cn.nanchang.budgetflow.document;

/**
 * What every type's reading of a document answers besides its own content, for the shared
 * controller and editor plumbing: which document, in which version, under which number.
 */
public interface DocumentDetails {

    long id();

    long version();

    String number();
}
