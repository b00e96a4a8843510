package cn.nanchang.budgetflow.reporting;

/**
 * A year's disclosure as a reader sees it, with where it stands; {@code frozen} when the figures
 * come from the submitted or published snapshot rather than from approved data as it is now.
 */
public record DisclosureView(PublicationState state, Disclosure disclosure, boolean frozen) {
}
