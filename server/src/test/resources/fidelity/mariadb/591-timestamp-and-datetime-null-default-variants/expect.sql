SELECT queued_at = '2026-03-04 05:06:07' FROM jobs WHERE id = 1
