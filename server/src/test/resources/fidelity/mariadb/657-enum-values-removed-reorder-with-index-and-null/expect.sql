SELECT prio = 'high' FROM tix WHERE id = 1
SELECT prio IS NULL FROM tix WHERE id = 2
