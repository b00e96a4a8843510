package cn.nanchang.budgetflow.base;

/**
 * A page refused a signed-in person: an address that is not theirs to open (another section's
 * document, another role's page) or an action a service turned down (conflict, forbidden, gone).
 * The audit module records it as the API's refusals are recorded, one entry per person, client and
 * {@code what} per window, so that probing ids leaves evidence and not a flood.
 *
 * @param what   the page's address with ids replaced by {@code {id}}, and the status, e.g. "页面 budget-drafts/{id} → 404"
 * @param reason the message shown, or the address tried
 */
public record PageRefused(String what, String reason) {
}
