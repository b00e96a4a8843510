-- issue 12 §2, the load rerun: an attempt whose password is being checked was counted as a failure
-- of its client address until it proved right, so fifty people signing in at once from one address
-- (an office behind one NAT, the load script) got that address slowed and then stopped without a
-- single wrong password. Attempts in flight are now counted apart from failures: real failures decide
-- refusals; failures and attempts in flight together only make a further attempt wait its turn
-- until the outcomes are known. An attempt whose outcome never came (a crash) is forgotten a minute
-- after the row's last reservation.
ALTER TABLE login_throttle ADD COLUMN pending_count INT NOT NULL DEFAULT 0;
ALTER TABLE login_throttle ADD COLUMN last_reserved_at DATETIME(6);
ALTER TABLE login_throttle_client ADD COLUMN pending_count INT NOT NULL DEFAULT 0;
ALTER TABLE login_throttle_client ADD COLUMN last_reserved_at DATETIME(6);
