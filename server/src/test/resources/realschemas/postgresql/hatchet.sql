--
-- Schema of Hatchet, a task queue (github.com/hatchet-dev/hatchet, sql/schema/{v0,v1-core,v1-olap}.sql, commit 89d130f303c9561442804c9c32b8748e699d5139), MIT (its LICENSE); the three files loaded in that order with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict qseb9vd5G6AIGafNDrms9ybkICEoTcXV94YXOGcO1CnBnG8fimnLWLSXHXoFzER

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: ConcurrencyLimitStrategy; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."ConcurrencyLimitStrategy" AS ENUM (
    'CANCEL_IN_PROGRESS',
    'DROP_NEWEST',
    'QUEUE_NEWEST',
    'GROUP_ROUND_ROBIN',
    'CANCEL_NEWEST'
);


--
-- Name: InternalQueue; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."InternalQueue" AS ENUM (
    'WORKER_SEMAPHORE_COUNT',
    'STEP_RUN_UPDATE',
    'WORKFLOW_RUN_UPDATE',
    'WORKFLOW_RUN_PAUSED',
    'STEP_RUN_UPDATE_V2'
);


--
-- Name: InviteLinkStatus; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."InviteLinkStatus" AS ENUM (
    'PENDING',
    'ACCEPTED',
    'REJECTED'
);


--
-- Name: JobKind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."JobKind" AS ENUM (
    'DEFAULT',
    'ON_FAILURE'
);


--
-- Name: JobRunStatus; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."JobRunStatus" AS ENUM (
    'PENDING',
    'RUNNING',
    'SUCCEEDED',
    'FAILED',
    'CANCELLED',
    'BACKOFF'
);


--
-- Name: LeaseKind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."LeaseKind" AS ENUM (
    'WORKER',
    'QUEUE',
    'CONCURRENCY_STRATEGY',
    'TABLE_PARTITION_MAINTENANCE',
    'BATCH'
);


--
-- Name: LimitResource; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."LimitResource" AS ENUM (
    'TASK_RUN',
    'EVENT',
    'WORKER',
    'WORKER_SLOT',
    'CRON',
    'SCHEDULE',
    'INCOMING_WEBHOOK'
);


--
-- Name: LogLineLevel; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."LogLineLevel" AS ENUM (
    'DEBUG',
    'INFO',
    'WARN',
    'ERROR'
);


--
-- Name: MessageQueueItemStatus; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."MessageQueueItemStatus" AS ENUM (
    'PENDING',
    'ASSIGNED'
);


--
-- Name: StepExpressionKind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."StepExpressionKind" AS ENUM (
    'DYNAMIC_RATE_LIMIT_KEY',
    'DYNAMIC_RATE_LIMIT_VALUE',
    'DYNAMIC_RATE_LIMIT_UNITS',
    'DYNAMIC_RATE_LIMIT_WINDOW'
);


--
-- Name: StepRateLimitKind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."StepRateLimitKind" AS ENUM (
    'STATIC',
    'DYNAMIC'
);


--
-- Name: StepRunEventReason; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."StepRunEventReason" AS ENUM (
    'REQUEUED_NO_WORKER',
    'REQUEUED_RATE_LIMIT',
    'SCHEDULING_TIMED_OUT',
    'ASSIGNED',
    'STARTED',
    'FINISHED',
    'FAILED',
    'RETRYING',
    'CANCELLED',
    'TIMED_OUT',
    'REASSIGNED',
    'SLOT_RELEASED',
    'TIMEOUT_REFRESHED',
    'RETRIED_BY_USER',
    'SENT_TO_WORKER',
    'WORKFLOW_RUN_GROUP_KEY_SUCCEEDED',
    'WORKFLOW_RUN_GROUP_KEY_FAILED',
    'RATE_LIMIT_ERROR',
    'ACKNOWLEDGED'
);


--
-- Name: StepRunEventSeverity; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."StepRunEventSeverity" AS ENUM (
    'INFO',
    'WARNING',
    'CRITICAL'
);


--
-- Name: StepRunStatus; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."StepRunStatus" AS ENUM (
    'PENDING',
    'PENDING_ASSIGNMENT',
    'ASSIGNED',
    'RUNNING',
    'SUCCEEDED',
    'FAILED',
    'CANCELLED',
    'CANCELLING',
    'BACKOFF'
);


--
-- Name: StickyStrategy; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."StickyStrategy" AS ENUM (
    'SOFT',
    'HARD'
);


--
-- Name: TenantEnvironment; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."TenantEnvironment" AS ENUM (
    'local',
    'development',
    'production'
);


--
-- Name: TenantMajorEngineVersion; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."TenantMajorEngineVersion" AS ENUM (
    'V0',
    'V1'
);


--
-- Name: TenantMajorUIVersion; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."TenantMajorUIVersion" AS ENUM (
    'V0',
    'V1'
);


--
-- Name: TenantMemberRole; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."TenantMemberRole" AS ENUM (
    'OWNER',
    'ADMIN',
    'MEMBER',
    'VIEWER'
);


--
-- Name: TenantResourceLimitAlertType; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."TenantResourceLimitAlertType" AS ENUM (
    'Alarm',
    'Exhausted'
);


--
-- Name: VcsProvider; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."VcsProvider" AS ENUM (
    'GITHUB'
);


--
-- Name: WebhookWorkerRequestMethod; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."WebhookWorkerRequestMethod" AS ENUM (
    'GET',
    'POST',
    'PUT'
);


--
-- Name: WorkerLabelComparator; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."WorkerLabelComparator" AS ENUM (
    'EQUAL',
    'NOT_EQUAL',
    'GREATER_THAN',
    'GREATER_THAN_OR_EQUAL',
    'LESS_THAN',
    'LESS_THAN_OR_EQUAL'
);


--
-- Name: WorkerSDKS; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."WorkerSDKS" AS ENUM (
    'UNKNOWN',
    'GO',
    'PYTHON',
    'TYPESCRIPT',
    'RUBY'
);


--
-- Name: WorkerType; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."WorkerType" AS ENUM (
    'WEBHOOK',
    'MANAGED',
    'SELFHOSTED'
);


--
-- Name: WorkflowKind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."WorkflowKind" AS ENUM (
    'FUNCTION',
    'DURABLE',
    'DAG'
);


--
-- Name: WorkflowPauseQueueBehavior; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."WorkflowPauseQueueBehavior" AS ENUM (
    'QUEUE',
    'DROP'
);


--
-- Name: WorkflowRunStatus; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."WorkflowRunStatus" AS ENUM (
    'PENDING',
    'RUNNING',
    'SUCCEEDED',
    'FAILED',
    'QUEUED',
    'CANCELLING',
    'CANCELLED',
    'BACKOFF'
);


--
-- Name: WorkflowTriggerCronRefMethods; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."WorkflowTriggerCronRefMethods" AS ENUM (
    'DEFAULT',
    'API'
);


--
-- Name: WorkflowTriggerScheduledRefMethods; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."WorkflowTriggerScheduledRefMethods" AS ENUM (
    'DEFAULT',
    'API'
);


--
-- Name: idempotency_method; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.idempotency_method AS ENUM (
    'TTL',
    'STATUS'
);


--
-- Name: uuidrange; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.uuidrange AS RANGE (
    subtype = uuid,
    multirange_type_name = public.uuidmultirange
);


--
-- Name: v1_cel_evaluation_failure_source; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_cel_evaluation_failure_source AS ENUM (
    'FILTER',
    'WEBHOOK',
    'IDEMPOTENCY_KEY'
);


--
-- Name: v1_concurrency_strategy; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_concurrency_strategy AS ENUM (
    'NONE',
    'GROUP_ROUND_ROBIN',
    'CANCEL_IN_PROGRESS',
    'CANCEL_NEWEST'
);


--
-- Name: v1_durable_event_log_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_durable_event_log_kind AS ENUM (
    'RUN',
    'WAIT_FOR',
    'MEMO'
);


--
-- Name: v1_event_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_event_type AS ENUM (
    'USER',
    'INTERNAL'
);


--
-- Name: v1_event_type_olap; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_event_type_olap AS ENUM (
    'RETRYING',
    'REASSIGNED',
    'RETRIED_BY_USER',
    'CREATED',
    'QUEUED',
    'REQUEUED_NO_WORKER',
    'REQUEUED_RATE_LIMIT',
    'ASSIGNED',
    'ACKNOWLEDGED',
    'SENT_TO_WORKER',
    'SLOT_RELEASED',
    'STARTED',
    'TIMEOUT_REFRESHED',
    'SCHEDULING_TIMED_OUT',
    'FINISHED',
    'FAILED',
    'CANCELLED',
    'TIMED_OUT',
    'RATE_LIMIT_ERROR',
    'SKIPPED',
    'COULD_NOT_SEND_TO_WORKER',
    'DURABLE_EVICTED',
    'DURABLE_RESTORING',
    'BATCH_BUFFERED',
    'WAITING_FOR_BATCH',
    'BATCH_FLUSHED'
);


--
-- Name: v1_incoming_webhook_auth_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_incoming_webhook_auth_type AS ENUM (
    'BASIC',
    'API_KEY',
    'HMAC'
);


--
-- Name: v1_incoming_webhook_hmac_algorithm; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_incoming_webhook_hmac_algorithm AS ENUM (
    'SHA1',
    'SHA256',
    'SHA512',
    'MD5'
);


--
-- Name: v1_incoming_webhook_hmac_encoding; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_incoming_webhook_hmac_encoding AS ENUM (
    'HEX',
    'BASE64',
    'BASE64URL'
);


--
-- Name: v1_incoming_webhook_source_name; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_incoming_webhook_source_name AS ENUM (
    'GENERIC',
    'GITHUB',
    'STRIPE',
    'SLACK',
    'LINEAR',
    'SVIX'
);


--
-- Name: v1_log_line_level; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_log_line_level AS ENUM (
    'DEBUG',
    'INFO',
    'WARN',
    'ERROR'
);


--
-- Name: v1_match_condition_action; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_match_condition_action AS ENUM (
    'CREATE',
    'QUEUE',
    'CANCEL',
    'SKIP',
    'CREATE_MATCH'
);


--
-- Name: v1_match_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_match_kind AS ENUM (
    'TRIGGER',
    'SIGNAL'
);


--
-- Name: v1_operator_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_operator_kind AS ENUM (
    'HTTP_API',
    'DAG'
);


--
-- Name: v1_otel_span_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_otel_span_kind AS ENUM (
    'UNSPECIFIED',
    'INTERNAL',
    'SERVER',
    'CLIENT',
    'PRODUCER',
    'CONSUMER'
);


--
-- Name: v1_otel_status_code; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_otel_status_code AS ENUM (
    'UNSET',
    'OK',
    'ERROR'
);


--
-- Name: v1_payload_location; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_payload_location AS ENUM (
    'INLINE',
    'EXTERNAL'
);


--
-- Name: v1_payload_location_olap; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_payload_location_olap AS ENUM (
    'INLINE',
    'EXTERNAL'
);


--
-- Name: v1_payload_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_payload_type AS ENUM (
    'TASK_INPUT',
    'DAG_INPUT',
    'TASK_OUTPUT',
    'TASK_EVENT_DATA',
    'USER_EVENT_INPUT',
    'DURABLE_EVENT_LOG_ENTRY_DATA',
    'DURABLE_EVENT_LOG_ENTRY_RESULT_DATA'
);


--
-- Name: v1_readable_status_olap; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_readable_status_olap AS ENUM (
    'QUEUED',
    'RUNNING',
    'CANCELLED',
    'FAILED',
    'COMPLETED',
    'EVICTED'
);


--
-- Name: v1_run_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_run_kind AS ENUM (
    'TASK',
    'DAG'
);


--
-- Name: v1_status_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_status_kind AS ENUM (
    'TASK',
    'DAG'
);


--
-- Name: v1_step_match_condition_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_step_match_condition_kind AS ENUM (
    'PARENT_OVERRIDE',
    'USER_EVENT',
    'SLEEP'
);


--
-- Name: v1_sticky_strategy; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_sticky_strategy AS ENUM (
    'NONE',
    'SOFT',
    'HARD'
);


--
-- Name: v1_sticky_strategy_olap; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_sticky_strategy_olap AS ENUM (
    'NONE',
    'SOFT',
    'HARD'
);


--
-- Name: v1_task_event_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_task_event_type AS ENUM (
    'COMPLETED',
    'FAILED',
    'CANCELLED',
    'SIGNAL_CREATED',
    'SIGNAL_COMPLETED'
);


--
-- Name: v1_task_initial_state; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.v1_task_initial_state AS ENUM (
    'QUEUED',
    'CANCELLED',
    'SKIPPED',
    'FAILED'
);


--
-- Name: after_v1_concurrency_slot_delete_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.after_v1_concurrency_slot_delete_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    rec RECORD;
BEGIN
    FOR rec IN SELECT * FROM deleted_rows ORDER BY parent_strategy_id, workflow_version_id, workflow_run_id LOOP
        IF rec.parent_strategy_id IS NOT NULL THEN
            PERFORM cleanup_workflow_concurrency_slots(
                rec.parent_strategy_id,
                rec.workflow_version_id,
                rec.workflow_run_id
            );
        END IF;
    END LOOP;

    RETURN NULL;
END;
$$;


--
-- Name: after_v1_concurrency_slot_delete_outbox_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.after_v1_concurrency_slot_delete_outbox_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO outbox.messages (topic, payload)
    SELECT
        'concurrency.' || dr.tenant_id::text || '.' || dr.strategy_id::text,
        jsonb_build_object(
            'operation', 'DELETE',
            'key', dr.key,
            'priority', dr.priority,
            'taskId', dr.task_id,
            'taskInsertedAt', dr.task_inserted_at,
            'taskRetryCount', dr.task_retry_count,
            'scheduleTimeoutAtMs', (EXTRACT(EPOCH FROM dr.schedule_timeout_at) * 1000)::bigint
        )
    FROM deleted_rows dr
    WHERE dr.parent_strategy_id IS NULL;

    RETURN NULL;
END;
$$;


--
-- Name: after_v1_concurrency_slot_insert_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.after_v1_concurrency_slot_insert_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    WITH parent_slot AS (
        SELECT
            *
        FROM
            new_table cs
        WHERE
            cs.parent_strategy_id IS NOT NULL
    ), parent_to_child_strategy_ids AS (
        SELECT
            wc.id AS parent_strategy_id,
            wc.tenant_id,
            ps.workflow_id,
            ps.workflow_version_id,
            ps.workflow_run_id,
            MAX(ps.sort_id) AS sort_id,
            MAX(ps.priority) AS priority,
            MAX(ps.key) AS key,
            ARRAY_AGG(DISTINCT wc.child_strategy_ids) AS child_strategy_ids
        FROM
            parent_slot ps
        JOIN v1_workflow_concurrency wc ON wc.workflow_id = ps.workflow_id AND wc.workflow_version_id = ps.workflow_version_id AND wc.id = ps.parent_strategy_id
        GROUP BY
            wc.id,
            wc.tenant_id,
            ps.workflow_id,
            ps.workflow_version_id,
            ps.workflow_run_id
    )
    INSERT INTO v1_workflow_concurrency_slot (
        sort_id,
        tenant_id,
        workflow_id,
        workflow_version_id,
        workflow_run_id,
        strategy_id,
        child_strategy_ids,
        priority,
        key
    )
    SELECT
        pcs.sort_id,
        pcs.tenant_id,
        pcs.workflow_id,
        pcs.workflow_version_id,
        pcs.workflow_run_id,
        pcs.parent_strategy_id,
        pcs.child_strategy_ids,
        pcs.priority,
        pcs.key
    FROM
        parent_to_child_strategy_ids pcs
    ON CONFLICT (strategy_id, workflow_version_id, workflow_run_id) DO NOTHING;

    -- If the v1_step_concurrency strategy is not active, we set it to active.
    WITH inactive_strategies AS (
        SELECT
            strategy.*
        FROM
            new_table cs
        JOIN
            v1_step_concurrency strategy ON strategy.workflow_id = cs.workflow_id AND strategy.workflow_version_id = cs.workflow_version_id AND strategy.id = cs.strategy_id
        WHERE
            strategy.is_active = FALSE
            OR strategy.last_active_at < NOW() - INTERVAL '1 hour'
        ORDER BY
            strategy.id
        FOR UPDATE
    )
    UPDATE v1_step_concurrency strategy
    SET is_active = TRUE, last_active_at = NOW()
    FROM inactive_strategies
    WHERE
        strategy.workflow_id = inactive_strategies.workflow_id AND
        strategy.workflow_version_id = inactive_strategies.workflow_version_id AND
        strategy.step_id = inactive_strategies.step_id AND
        strategy.id = inactive_strategies.id;

    RETURN NULL;
END;

$$;


--
-- Name: after_v1_concurrency_slot_insert_outbox_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.after_v1_concurrency_slot_insert_outbox_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO outbox.messages (topic, payload)
    SELECT
        'concurrency.' || nt.tenant_id::text || '.' || nt.strategy_id::text,
        jsonb_build_object(
            'operation', 'INSERT',
            'key', nt.key,
            'priority', nt.priority,
            'taskId', nt.task_id,
            'taskInsertedAt', nt.task_inserted_at,
            'taskRetryCount', nt.task_retry_count,
            'scheduleTimeoutAtMs', (EXTRACT(EPOCH FROM nt.schedule_timeout_at) * 1000)::bigint
        )
    FROM new_table nt
    WHERE nt.parent_strategy_id IS NULL;

    RETURN NULL;
END;
$$;


--
-- Name: after_v1_concurrency_slot_update_outbox_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.after_v1_concurrency_slot_update_outbox_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO outbox.messages (topic, payload)
    SELECT
        'concurrency.' || nt.tenant_id::text || '.' || nt.strategy_id::text,
        jsonb_build_object(
            'operation', 'UPDATE',
            'key', nt.key,
            'priority', nt.priority,
            'taskId', nt.task_id,
            'taskInsertedAt', nt.task_inserted_at,
            'taskRetryCount', nt.task_retry_count,
            'scheduleTimeoutAtMs', (EXTRACT(EPOCH FROM nt.schedule_timeout_at) * 1000)::bigint,
            'isFilled', nt.is_filled
        )
    FROM new_table nt
    WHERE nt.parent_strategy_id IS NULL
        AND nt.is_filled = FALSE;

    RETURN NULL;
END;
$$;


--
-- Name: after_v1_task_runtime_delete_cleanup_batch_runtime_fn(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.after_v1_task_runtime_delete_cleanup_batch_runtime_fn() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    WITH deleted_batches AS (
        SELECT DISTINCT
            d.tenant_id,
            d.batch_id
        FROM
            deleted_rows d
        WHERE
            d.batch_id IS NOT NULL
    ), deletable AS (
        SELECT
            br.tenant_id,
            br.batch_id
        FROM
            v1_batch_runtime br
        JOIN
            deleted_batches db ON db.tenant_id = br.tenant_id AND db.batch_id = br.batch_id
        WHERE NOT EXISTS (
            SELECT 1
            FROM v1_task_runtime tr
            WHERE tr.tenant_id = br.tenant_id
              AND tr.batch_id = br.batch_id
        )
        ORDER BY br.batch_id
        FOR UPDATE
    )
    DELETE FROM
        v1_batch_runtime br
    WHERE
        (br.tenant_id, br.batch_id) IN (SELECT tenant_id, batch_id FROM deletable);

    RETURN NULL;
END;
$$;


--
-- Name: cleanup_workflow_concurrency_slots(bigint, uuid, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cleanup_workflow_concurrency_slots(p_strategy_id bigint, p_workflow_version_id uuid, p_workflow_run_id uuid) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_sort_id BIGINT;
BEGIN
    -- Get the sort_id for the specific workflow concurrency slot
    SELECT sort_id INTO v_sort_id
    FROM v1_workflow_concurrency_slot
    WHERE strategy_id = p_strategy_id
      AND workflow_version_id = p_workflow_version_id
      AND workflow_run_id = p_workflow_run_id;

    -- Acquire an advisory lock for the strategy ID
    -- There is a small chance of collisions but it's extremely unlikely
    PERFORM pg_advisory_xact_lock(1000000 * p_strategy_id + v_sort_id);

    WITH relevant_tasks_for_dags AS (
        SELECT
            t.id,
            t.inserted_at,
            t.retry_count
        FROM
            v1_task t
        JOIN
            v1_dag_to_task dt ON t.id = dt.task_id AND t.inserted_at = dt.task_inserted_at
        JOIN
            v1_lookup_table lt ON dt.dag_id = lt.dag_id AND dt.dag_inserted_at = lt.inserted_at
        WHERE
            lt.external_id = p_workflow_run_id
            AND lt.dag_id IS NOT NULL
    ), final_concurrency_slots_for_dags AS (
        SELECT
            wcs.strategy_id,
            wcs.workflow_version_id,
            wcs.workflow_run_id
        FROM
            v1_workflow_concurrency_slot wcs
        WHERE
            wcs.strategy_id = p_strategy_id
            AND wcs.workflow_version_id = p_workflow_version_id
            AND wcs.workflow_run_id = p_workflow_run_id
            AND NOT EXISTS (
                -- Check if any task in this DAG has a v1_concurrency_slot
                SELECT 1
                FROM relevant_tasks_for_dags rt
                WHERE EXISTS (
                    SELECT 1
                    FROM v1_concurrency_slot cs2
                    WHERE cs2.task_id = rt.id
                        AND cs2.task_inserted_at = rt.inserted_at
                        AND cs2.task_retry_count = rt.retry_count
                )
            )
            AND CARDINALITY(wcs.child_strategy_ids) <= (
                SELECT COUNT(*)
                FROM relevant_tasks_for_dags rt
            )
        GROUP BY
            wcs.strategy_id,
            wcs.workflow_version_id,
            wcs.workflow_run_id
    ), final_concurrency_slots_for_tasks AS (
        -- If the workflow run id corresponds to a single task, we can safely delete the workflow concurrency slot
        SELECT
            wcs.strategy_id,
            wcs.workflow_version_id,
            wcs.workflow_run_id
        FROM
            v1_workflow_concurrency_slot wcs
        JOIN
            v1_lookup_table lt ON wcs.workflow_run_id = lt.external_id AND lt.task_id IS NOT NULL
        WHERE
            wcs.strategy_id = p_strategy_id
            AND wcs.workflow_version_id = p_workflow_version_id
            AND wcs.workflow_run_id = p_workflow_run_id
    ), all_parent_slots_to_delete AS (
        SELECT
            strategy_id,
            workflow_version_id,
            workflow_run_id
        FROM
            final_concurrency_slots_for_dags
        UNION ALL
        SELECT
            strategy_id,
            workflow_version_id,
            workflow_run_id
        FROM
            final_concurrency_slots_for_tasks
    ), locked_parent_slots AS (
        SELECT
            wcs.strategy_id,
            wcs.workflow_version_id,
            wcs.workflow_run_id
        FROM
            v1_workflow_concurrency_slot wcs
        JOIN
            all_parent_slots_to_delete ps ON (wcs.strategy_id, wcs.workflow_version_id, wcs.workflow_run_id) = (ps.strategy_id, ps.workflow_version_id, ps.workflow_run_id)
        ORDER BY
            wcs.strategy_id,
            wcs.workflow_version_id,
            wcs.workflow_run_id
        FOR UPDATE
    )
    DELETE FROM
        v1_workflow_concurrency_slot wcs
    WHERE
        (strategy_id, workflow_version_id, workflow_run_id) IN (
            SELECT
                strategy_id,
                workflow_version_id,
                workflow_run_id
            FROM
                locked_parent_slots
        );

END;
$$;


--
-- Name: compute_olap_payload_batch_size(date, uuid, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.compute_olap_payload_batch_size(partition_date date, last_external_id uuid, batch_size integer) RETURNS bigint
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_date_str TEXT;
    source_partition_name TEXT;
    query TEXT;
    result_size BIGINT;
BEGIN
    IF partition_date IS NULL THEN
        RAISE EXCEPTION 'partition_date parameter cannot be NULL';
    END IF;

    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payloads_olap_%s', partition_date_str) INTO source_partition_name;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE EXCEPTION 'Partition % does not exist', source_partition_name;
    END IF;

    query := format('
        WITH candidates AS (
            SELECT *
            FROM %I
            WHERE external_id >= $1::UUID
            ORDER BY external_id
            LIMIT $2::INTEGER
        )

        SELECT COALESCE(SUM(pg_column_size(inline_content)), 0) AS total_size_bytes
        FROM candidates
    ', source_partition_name);

    EXECUTE query INTO result_size USING last_external_id, batch_size;

    RETURN result_size;
END;
$_$;


--
-- Name: compute_payload_batch_size(date, uuid, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.compute_payload_batch_size(partition_date date, last_external_id uuid, batch_size integer) RETURNS bigint
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_date_str TEXT;
    source_partition_name TEXT;
    query TEXT;
    result_size BIGINT;
BEGIN
    IF partition_date IS NULL THEN
        RAISE EXCEPTION 'partition_date parameter cannot be NULL';
    END IF;

    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payload_%s', partition_date_str) INTO source_partition_name;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE EXCEPTION 'Partition % does not exist', source_partition_name;
    END IF;

    query := format('
        WITH candidates AS (
            SELECT *
            FROM %I
            WHERE external_id >= $1::UUID
            ORDER BY external_id
            LIMIT $2::INTEGER
        )

        SELECT COALESCE(SUM(pg_column_size(inline_content)), 0) AS total_size_bytes
        FROM candidates
    ', source_partition_name);

    EXECUTE query INTO result_size USING last_external_id, batch_size;

    RETURN result_size;
END;
$_$;


--
-- Name: convert_duration_to_interval(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.convert_duration_to_interval(duration text) RETURNS interval
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $_$
DECLARE
    rest text;
    total_seconds double precision := 0;
    m text[];
    val double precision;
    unit text;
    factor double precision;
BEGIN
    IF duration IS NULL OR length(duration) = 0 THEN
        RETURN '5 minutes'::interval;
    END IF;

    m := regexp_match(duration, '^([0-9]{1,8})(d|w|y)$');
    IF m IS NOT NULL THEN
        val := m[1]::double precision;
        unit := m[2];
        CASE unit
            WHEN 'd' THEN RETURN make_interval(days => val::int);
            WHEN 'w' THEN RETURN make_interval(days => (val * 7)::int);
            WHEN 'y' THEN RETURN make_interval(months => (val * 12)::int);
        END CASE;
    END IF;

    rest := duration;

    LOOP
        EXIT WHEN length(rest) = 0;

        m := regexp_match(rest, '^([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ms|s|m|h)');

        IF m IS NULL THEN
            RETURN '5 minutes'::interval;
        END IF;

        IF length(m[1]) > 15 THEN
            RAISE EXCEPTION 'duration % has a numeric component exceeding 15 digits', duration;
        END IF;

        val := m[1]::double precision;
        unit := m[2];

        CASE unit
            WHEN 'ms' THEN factor := 1e-3;
            WHEN 's' THEN factor := 1;
            WHEN 'm' THEN factor := 60;
            WHEN 'h' THEN factor := 3600;
        END CASE;

        total_seconds := total_seconds + val * factor;

        rest := substring(rest from length(m[1]) + length(m[2]) + 1);
    END LOOP;

    IF total_seconds > 9223372036 THEN
        RAISE EXCEPTION 'duration % exceeds maximum supported value (~292 years)', duration;
    END IF;

    RETURN make_interval(secs => total_seconds);
END;
$_$;


--
-- Name: copy_v1_payload_partition_structure(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.copy_v1_payload_partition_structure(partition_date date) RETURNS text
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_date_str varchar;
    source_partition_name varchar;
    target_table_name varchar;
    trigger_function_name varchar;
    trigger_name varchar;
    partition_start date;
    partition_end date;
BEGIN
    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payload_%s', partition_date_str) INTO source_partition_name;
    SELECT format('v1_payload_offload_tmp_%s', partition_date_str) INTO target_table_name;
    SELECT format('sync_to_%s', target_table_name) INTO trigger_function_name;
    SELECT format('trigger_sync_to_%s', target_table_name) INTO trigger_name;
    partition_start := partition_date;
    partition_end := partition_date + INTERVAL '1 day';

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE EXCEPTION 'Source partition % does not exist', source_partition_name;
    END IF;

    IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = target_table_name) THEN
        RAISE NOTICE 'Target table % already exists, skipping creation', target_table_name;
        RETURN target_table_name;
    END IF;

    EXECUTE format(
        'CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)',
        target_table_name,
        source_partition_name
    );

    EXECUTE format('
        ALTER TABLE %I
        ADD CONSTRAINT %I
        CHECK (
            inserted_at IS NOT NULL
            AND inserted_at >= %L::TIMESTAMPTZ
            AND inserted_at < %L::TIMESTAMPTZ
        )
        ',
        target_table_name,
        target_table_name || '_iat_chk_bounds',
        partition_start,
        partition_end
    );

    EXECUTE format('
        CREATE OR REPLACE FUNCTION %I() RETURNS trigger
            LANGUAGE plpgsql AS $func$
        BEGIN
            IF TG_OP = ''INSERT'' THEN
                INSERT INTO %I (tenant_id, id, inserted_at, external_id, type, location, external_location_key, inline_content, updated_at)
                VALUES (NEW.tenant_id, NEW.id, NEW.inserted_at, NEW.external_id, NEW.type, NEW.location, NEW.external_location_key, NEW.inline_content, NEW.updated_at)
                ON CONFLICT (tenant_id, id, inserted_at, type) DO UPDATE
                SET
                    location = EXCLUDED.location,
                    external_location_key = EXCLUDED.external_location_key,
                    inline_content = EXCLUDED.inline_content,
                    updated_at = EXCLUDED.updated_at;
                RETURN NEW;
            ELSIF TG_OP = ''UPDATE'' THEN
                UPDATE %I
                SET
                    location = NEW.location,
                    external_location_key = NEW.external_location_key,
                    inline_content = NEW.inline_content,
                    updated_at = NEW.updated_at
                WHERE
                    tenant_id = NEW.tenant_id
                    AND id = NEW.id
                    AND inserted_at = NEW.inserted_at
                    AND type = NEW.type;
                RETURN NEW;
            ELSIF TG_OP = ''DELETE'' THEN
                DELETE FROM %I
                WHERE
                    tenant_id = OLD.tenant_id
                    AND id = OLD.id
                    AND inserted_at = OLD.inserted_at
                    AND type = OLD.type;
                RETURN OLD;
            END IF;
            RETURN NULL;
        END;
        $func$;
    ', trigger_function_name, target_table_name, target_table_name, target_table_name);

    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', trigger_name, source_partition_name);

    EXECUTE format('
        CREATE TRIGGER %I
        AFTER INSERT OR UPDATE OR DELETE ON %I
        FOR EACH ROW
        EXECUTE FUNCTION %I();
    ', trigger_name, source_partition_name, trigger_function_name);

    RAISE NOTICE 'Created table % as a copy of partition % with sync trigger', target_table_name, source_partition_name;

    RETURN target_table_name;
END;
$_$;


--
-- Name: copy_v1_payloads_olap_partition_structure(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.copy_v1_payloads_olap_partition_structure(partition_date date) RETURNS text
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_date_str varchar;
    source_partition_name varchar;
    target_table_name varchar;
    trigger_function_name varchar;
    trigger_name varchar;
    partition_start date;
    partition_end date;
BEGIN
    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payloads_olap_%s', partition_date_str) INTO source_partition_name;
    SELECT format('v1_payloads_olap_offload_tmp_%s', partition_date_str) INTO target_table_name;
    SELECT format('sync_to_%s', target_table_name) INTO trigger_function_name;
    SELECT format('trigger_sync_to_%s', target_table_name) INTO trigger_name;
    partition_start := partition_date;
    partition_end := partition_date + INTERVAL '1 day';

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE EXCEPTION 'Source partition % does not exist', source_partition_name;
    END IF;

    IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = target_table_name) THEN
        RAISE NOTICE 'Target table % already exists, skipping creation', target_table_name;
        RETURN target_table_name;
    END IF;

    EXECUTE format(
        'CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)',
        target_table_name,
        source_partition_name
    );

    EXECUTE format('
        ALTER TABLE %I
        ADD CONSTRAINT %I
        CHECK (
            inserted_at IS NOT NULL
            AND inserted_at >= %L::TIMESTAMPTZ
            AND inserted_at < %L::TIMESTAMPTZ
        )
        ',
        target_table_name,
        target_table_name || '_iat_chk_bounds',
        partition_start,
        partition_end
    );

    EXECUTE format('
        CREATE OR REPLACE FUNCTION %I() RETURNS trigger
            LANGUAGE plpgsql AS $func$
        BEGIN
            IF TG_OP = ''INSERT'' THEN
                INSERT INTO %I (tenant_id, external_id, location, external_location_key, inline_content, inserted_at, updated_at)
                VALUES (NEW.tenant_id, NEW.external_id, NEW.location, NEW.external_location_key, NEW.inline_content, NEW.inserted_at, NEW.updated_at)
                ON CONFLICT (tenant_id, external_id, inserted_at) DO UPDATE
                SET
                    location = EXCLUDED.location,
                    external_location_key = EXCLUDED.external_location_key,
                    inline_content = EXCLUDED.inline_content,
                    updated_at = EXCLUDED.updated_at;
                RETURN NEW;
            ELSIF TG_OP = ''UPDATE'' THEN
                UPDATE %I
                SET
                    location = NEW.location,
                    external_location_key = NEW.external_location_key,
                    inline_content = NEW.inline_content,
                    updated_at = NEW.updated_at
                WHERE
                    tenant_id = NEW.tenant_id
                    AND external_id = NEW.external_id
                    AND inserted_at = NEW.inserted_at
                    ;
                RETURN NEW;
            ELSIF TG_OP = ''DELETE'' THEN
                DELETE FROM %I
                WHERE
                    tenant_id = OLD.tenant_id
                    AND external_id = OLD.external_id
                    AND inserted_at = OLD.inserted_at
                    ;
                RETURN OLD;
            END IF;
            RETURN NULL;
        END;
        $func$;
    ', trigger_function_name, target_table_name, target_table_name, target_table_name);

    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', trigger_name, source_partition_name);

    EXECUTE format('
        CREATE TRIGGER %I
        AFTER INSERT OR UPDATE OR DELETE ON %I
        FOR EACH ROW
        EXECUTE FUNCTION %I();
    ', trigger_name, source_partition_name, trigger_function_name);

    RAISE NOTICE 'Created table % as a copy of partition % with sync trigger', target_table_name, source_partition_name;

    RETURN target_table_name;
END;
$_$;


--
-- Name: create_olap_payload_offload_range_chunks(date, integer, integer, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.create_olap_payload_offload_range_chunks(partition_date date, window_size integer, chunk_size integer, last_external_id uuid) RETURNS TABLE(lower_external_id uuid, upper_external_id uuid)
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_date_str varchar;
    source_partition_name varchar;
    query text;
BEGIN
    IF partition_date IS NULL THEN
        RAISE EXCEPTION 'partition_date parameter cannot be NULL';
    END IF;

    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payloads_olap_%s', partition_date_str) INTO source_partition_name;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE EXCEPTION 'Partition % does not exist', source_partition_name;
    END IF;

    query := format('
        WITH paginated AS (
            SELECT external_id, ROW_NUMBER() OVER (ORDER BY external_id) AS rn
            FROM %I
            WHERE external_id > $1::UUID
            ORDER BY external_id
            LIMIT $2::INTEGER
        ), lower_bounds AS (
            SELECT rn::INTEGER / $3::INTEGER AS batch_ix, external_id::UUID
            FROM paginated
            WHERE MOD(rn, $3::INTEGER) = 1
        ), upper_bounds AS (
            SELECT
                -- Using `CEIL` and subtracting 1 here to make the `batch_ix` zero indexed like the `lower_bounds` one is.
                -- We need the `CEIL` to handle the case where the number of rows in the window is not evenly divisible by the batch size,
                -- because without CEIL if e.g. there were 5 rows in the window and a batch size of two and we did integer division, we would end
                -- up with batches of index 0, 1, and 1 after dividing and subtracting. With float division and `CEIL`, we get 0, 1, and 2 as expected.
                -- Then we need to subtract one because we compute the batch index by using integer division on the lower bounds, which are all zero indexed.
                CEIL(rn::FLOAT / $3::FLOAT) - 1 AS batch_ix,
                external_id::UUID
            FROM paginated
            -- We want to include either the last row of each batch, or the last row of the entire paginated set, which may not line up with a batch end.
            WHERE MOD(rn, $3::INTEGER) = 0 OR rn = (SELECT MAX(rn) FROM paginated)
        )

        SELECT
            lb.external_id AS lower_external_id,
            ub.external_id AS upper_external_id
        FROM lower_bounds lb
        JOIN upper_bounds ub ON lb.batch_ix = ub.batch_ix
        ORDER BY lb.external_id
    ', source_partition_name);

    RETURN QUERY EXECUTE query USING last_external_id, window_size, chunk_size;
END;
$_$;


--
-- Name: create_payload_offload_range_chunks(date, integer, integer, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.create_payload_offload_range_chunks(partition_date date, window_size integer, chunk_size integer, last_external_id uuid) RETURNS TABLE(lower_external_id uuid, upper_external_id uuid)
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_date_str varchar;
    source_partition_name varchar;
    query text;
BEGIN
    IF partition_date IS NULL THEN
        RAISE EXCEPTION 'partition_date parameter cannot be NULL';
    END IF;

    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payload_%s', partition_date_str) INTO source_partition_name;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE EXCEPTION 'Partition % does not exist', source_partition_name;
    END IF;

    query := format('
        WITH paginated AS (
            SELECT external_id, ROW_NUMBER() OVER (ORDER BY external_id) AS rn
            FROM %I
            WHERE external_id > $1::UUID
            ORDER BY external_id
            LIMIT $2::INTEGER
        ), lower_bounds AS (
            SELECT rn::INTEGER / $3::INTEGER AS batch_ix, external_id::UUID
            FROM paginated
            WHERE MOD(rn, $3::INTEGER) = 1
        ), upper_bounds AS (
            SELECT
                -- Using `CEIL` and subtracting 1 here to make the `batch_ix` zero indexed like the `lower_bounds` one is.
                -- We need the `CEIL` to handle the case where the number of rows in the window is not evenly divisible by the batch size,
                -- because without CEIL if e.g. there were 5 rows in the window and a batch size of two and we did integer division, we would end
                -- up with batches of index 0, 1, and 1 after dividing and subtracting. With float division and `CEIL`, we get 0, 1, and 2 as expected.
                -- Then we need to subtract one because we compute the batch index by using integer division on the lower bounds, which are all zero indexed.
                CEIL(rn::FLOAT / $3::FLOAT) - 1 AS batch_ix,
                external_id::UUID
            FROM paginated
            -- We want to include either the last row of each batch, or the last row of the entire paginated set, which may not line up with a batch end.
            WHERE MOD(rn, $3::INTEGER) = 0 OR rn = (SELECT MAX(rn) FROM paginated)
        )

        SELECT
            lb.external_id AS lower_external_id,
            ub.external_id AS upper_external_id
        FROM lower_bounds lb
        JOIN upper_bounds ub ON lb.batch_ix = ub.batch_ix
        ORDER BY lb.external_id
    ', source_partition_name);

    RETURN QUERY EXECUTE query USING last_external_id, window_size, chunk_size;
END;
$_$;


--
-- Name: create_v1_hash_partitions(text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.create_v1_hash_partitions(targettablename text, num_partitions integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    existing_count INT;
    partition_name text;
    created_count INT := 0;
    i INT;
BEGIN
    SELECT count(*) INTO existing_count
    FROM pg_inherits
    WHERE inhparent = targetTableName::regclass;

    IF existing_count > num_partitions THEN
        RAISE EXCEPTION 'Cannot decrease the number of partitions: we already have % partitions which is more than the target %', existing_count, num_partitions;
    END IF;

    FOR i IN 0..(num_partitions - 1) LOOP
        partition_name := format('%s_%s', targetTableName, i);
        IF to_regclass(partition_name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I (LIKE %s INCLUDING INDEXES)', partition_name, targetTableName);
            EXECUTE format('ALTER TABLE %I SET (
                autovacuum_vacuum_scale_factor = ''0.1'',
                autovacuum_analyze_scale_factor = ''0.05'',
                autovacuum_vacuum_threshold = ''25'',
                autovacuum_analyze_threshold = ''25'',
                autovacuum_vacuum_cost_delay = ''10'',
                autovacuum_vacuum_cost_limit = ''1000''
            )', partition_name);
            EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I FOR VALUES WITH (modulus %s, remainder %s)', targetTableName, partition_name, num_partitions, i);
            created_count := created_count + 1;
        END IF;
    END LOOP;
    RETURN created_count;
END;
$$;


--
-- Name: create_v1_partition_with_status(text, public.v1_readable_status_olap); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.create_v1_partition_with_status(newtablename text, status public.v1_readable_status_olap) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    targetNameWithStatus varchar;
BEGIN
    SELECT lower(format('%s_%s', newTableName, status::text)) INTO targetNameWithStatus;

    -- exit if the table exists
    IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = targetNameWithStatus) THEN
        RETURN 0;
    END IF;

    EXECUTE
        format('CREATE TABLE %s (LIKE %s INCLUDING INDEXES)', targetNameWithStatus, newTableName);
    EXECUTE
        format('ALTER TABLE %s SET (
            autovacuum_vacuum_scale_factor = ''0.1'',
            autovacuum_analyze_scale_factor=''0.05'',
            autovacuum_vacuum_threshold=''25'',
            autovacuum_analyze_threshold=''25'',
            autovacuum_vacuum_cost_delay=''10'',
            autovacuum_vacuum_cost_limit=''1000''
        )', targetNameWithStatus);
    EXECUTE
        format('ALTER TABLE %s ATTACH PARTITION %s FOR VALUES IN (''%s'')', newTableName, targetNameWithStatus, status);
    RETURN 1;
END;
$$;


--
-- Name: create_v1_range_partition(text, date, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.create_v1_range_partition(targettablename text, targetdate date, fillfactor integer DEFAULT 100) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    targetDateStr varchar;
    targetDatePlusOneDayStr varchar;
    newTableName varchar;
BEGIN
    SELECT to_char(targetDate, 'YYYYMMDD') INTO targetDateStr;
    SELECT to_char(targetDate + INTERVAL '1 day', 'YYYYMMDD') INTO targetDatePlusOneDayStr;
    SELECT lower(format('%s_%s', targetTableName, targetDateStr)) INTO newTableName;
    -- exit if the table exists
    IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = newTableName) THEN
        RETURN 0;
    END IF;

    EXECUTE
        format('CREATE TABLE %s (LIKE %s INCLUDING INDEXES INCLUDING CONSTRAINTS)', newTableName, targetTableName);
    EXECUTE
        format('ALTER TABLE %I SET (
            fillfactor = %s,
            autovacuum_vacuum_scale_factor = ''0.1'',
            autovacuum_analyze_scale_factor=''0.05'',
            autovacuum_vacuum_threshold=''25'',
            autovacuum_analyze_threshold=''25'',
            autovacuum_vacuum_cost_delay=''10'',
            autovacuum_vacuum_cost_limit=''1000''
        )', newTableName, fillfactor);
    EXECUTE
        format('ALTER TABLE %s ATTACH PARTITION %s FOR VALUES FROM (''%s'') TO (''%s'')', targetTableName, newTableName, targetDateStr, targetDatePlusOneDayStr);
    RETURN 1;
END;
$$;


--
-- Name: create_v1_step_concurrency(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.create_v1_step_concurrency() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  wf_concurrency_row v1_workflow_concurrency%ROWTYPE;
  child_ids bigint[];
BEGIN
  IF NEW."concurrencyGroupExpression" IS NOT NULL THEN
    -- Insert into v1_workflow_concurrency and capture the inserted row.
    INSERT INTO v1_workflow_concurrency (
      workflow_id,
      workflow_version_id,
      strategy,
      expression,
      tenant_id,
      max_concurrency
    )
    SELECT
      wf."id",
      wv."id",
      NEW."limitStrategy"::VARCHAR::v1_concurrency_strategy,
      NEW."concurrencyGroupExpression",
      wf."tenantId",
      NEW."maxRuns"
    FROM "WorkflowVersion" wv
    JOIN "Workflow" wf ON wv."workflowId" = wf."id"
    WHERE wv."id" = NEW."workflowVersionId"
    RETURNING * INTO wf_concurrency_row;

    -- Insert into v1_step_concurrency and capture the inserted rows into a variable.
    WITH inserted_steps AS (
      INSERT INTO v1_step_concurrency (
        parent_strategy_id,
        workflow_id,
        workflow_version_id,
        step_id,
        strategy,
        expression,
        tenant_id,
        max_concurrency
      )
      SELECT
        wf_concurrency_row.id,
        s."workflowId",
        s."workflowVersionId",
        s."id",
        NEW."limitStrategy"::VARCHAR::v1_concurrency_strategy,
        NEW."concurrencyGroupExpression",
        s."tenantId",
        NEW."maxRuns"
      FROM (
        SELECT
          s."id",
          wf."id" AS "workflowId",
          wv."id" AS "workflowVersionId",
          wf."tenantId"
        FROM "Step" s
        JOIN "Job" j ON s."jobId" = j."id"
        JOIN "WorkflowVersion" wv ON j."workflowVersionId" = wv."id"
        JOIN "Workflow" wf ON wv."workflowId" = wf."id"
        WHERE
          wv."id" = NEW."workflowVersionId"
          AND j."kind" = 'DEFAULT'
      ) s
      RETURNING *
    )
    SELECT array_remove(array_agg(t.id), NULL)::bigint[] INTO child_ids
    FROM inserted_steps t;

    -- Update the workflow concurrency row using its primary key.
    UPDATE v1_workflow_concurrency
    SET child_strategy_ids = child_ids
    WHERE workflow_id = wf_concurrency_row.workflow_id
      AND workflow_version_id = wf_concurrency_row.workflow_version_id
      AND id = wf_concurrency_row.id;
  END IF;
  RETURN NEW;
END;
$$;


--
-- Name: create_v1_weekly_range_partition(text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.create_v1_weekly_range_partition(targettablename text, targetdate date) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    targetDateStr varchar;
    targetDatePlusOneWeekStr varchar;
    newTableName varchar;
BEGIN
    SELECT to_char(date_trunc('week', targetDate), 'YYYYMMDD') INTO targetDateStr;
    SELECT to_char(date_trunc('week', targetDate) + INTERVAL '1 week', 'YYYYMMDD') INTO targetDatePlusOneWeekStr;
    SELECT lower(format('%s_%s', targetTableName, targetDateStr)) INTO newTableName;
    -- exit if the table exists
    IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = newTableName) THEN
        RETURN 0;
    END IF;

    EXECUTE
        format('CREATE TABLE %s (LIKE %s INCLUDING INDEXES)', newTableName, targetTableName);
    EXECUTE
        format('ALTER TABLE %s SET (
            autovacuum_vacuum_scale_factor = ''0.1'',
            autovacuum_analyze_scale_factor=''0.05'',
            autovacuum_vacuum_threshold=''25'',
            autovacuum_analyze_threshold=''25'',
            autovacuum_vacuum_cost_delay=''10'',
            autovacuum_vacuum_cost_limit=''1000''
        )', newTableName);
    EXECUTE
        format('ALTER TABLE %s ATTACH PARTITION %s FOR VALUES FROM (''%s'') TO (''%s'')', targetTableName, newTableName, targetDateStr, targetDatePlusOneWeekStr);
    RETURN 1;
END;
$$;


--
-- Name: diff_olap_payload_source_and_target_partitions(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.diff_olap_payload_source_and_target_partitions(partition_date date) RETURNS TABLE(tenant_id uuid, external_id uuid, inserted_at timestamp with time zone, location public.v1_payload_location_olap, external_location_key text, inline_content jsonb, updated_at timestamp with time zone)
    LANGUAGE plpgsql
    AS $$
DECLARE
    partition_date_str varchar;
    source_partition_name varchar;
    temp_partition_name varchar;
    query text;
BEGIN
    IF partition_date IS NULL THEN
        RAISE EXCEPTION 'partition_date parameter cannot be NULL';
    END IF;

    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payloads_olap_%s', partition_date_str) INTO source_partition_name;
    SELECT format('v1_payloads_olap_offload_tmp_%s', partition_date_str) INTO temp_partition_name;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE EXCEPTION 'Partition % does not exist', source_partition_name;
    END IF;

    query := format('
        SELECT tenant_id, external_id, inserted_at, location, external_location_key, inline_content, updated_at
        FROM %I source
        WHERE NOT EXISTS (
            SELECT 1
            FROM %I AS target
            WHERE
                source.tenant_id = target.tenant_id
                AND source.external_id = target.external_id
                AND source.inserted_at = target.inserted_at
        )
    ', source_partition_name, temp_partition_name);

    RETURN QUERY EXECUTE query;
END;
$$;


--
-- Name: diff_payload_source_and_target_partitions(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.diff_payload_source_and_target_partitions(partition_date date) RETURNS TABLE(tenant_id uuid, id bigint, inserted_at timestamp with time zone, external_id uuid, type public.v1_payload_type, location public.v1_payload_location, external_location_key text, inline_content jsonb, updated_at timestamp with time zone)
    LANGUAGE plpgsql
    AS $$
DECLARE
    partition_date_str varchar;
    source_partition_name varchar;
    temp_partition_name varchar;
    query text;
BEGIN
    IF partition_date IS NULL THEN
        RAISE EXCEPTION 'partition_date parameter cannot be NULL';
    END IF;

    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payload_%s', partition_date_str) INTO source_partition_name;
    SELECT format('v1_payload_offload_tmp_%s', partition_date_str) INTO temp_partition_name;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE EXCEPTION 'Partition % does not exist', source_partition_name;
    END IF;

    query := format('
        SELECT tenant_id, id, inserted_at, external_id, type, location, external_location_key, inline_content, updated_at
        FROM %I source
        WHERE NOT EXISTS (
            SELECT 1
            FROM %I AS target
            WHERE
                source.tenant_id = target.tenant_id
                AND source.inserted_at = target.inserted_at
                AND source.id = target.id
                AND source.type = target.type
        )
    ', source_partition_name, temp_partition_name);

    RETURN QUERY EXECUTE query;
END;
$$;


--
-- Name: find_matching_tenants_in_task_events_tmp_partition(integer, uuid[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.find_matching_tenants_in_task_events_tmp_partition(partition_number integer, tenant_ids uuid[]) RETURNS uuid[]
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_table text;
    result UUID[];
BEGIN
    partition_table := 'v1_task_events_olap_tmp_' || partition_number::text;

    EXECUTE format(
        'SELECT ARRAY(
            SELECT DISTINCT e.tenant_id
            FROM %I e
            WHERE e.tenant_id = ANY($1)
              AND e.requeue_after <= CURRENT_TIMESTAMP
        )',
        partition_table)
    USING tenant_ids
    INTO result;

    RETURN result;
END;
$_$;


--
-- Name: find_matching_tenants_in_task_status_updates_tmp_partition(integer, uuid[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.find_matching_tenants_in_task_status_updates_tmp_partition(partition_number integer, tenant_ids uuid[]) RETURNS uuid[]
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_table text;
    result UUID[];
BEGIN
    partition_table := 'v1_task_status_updates_tmp_' || partition_number::text;

    EXECUTE format(
        'SELECT ARRAY(
            SELECT DISTINCT e.tenant_id
            FROM %I e
            WHERE e.tenant_id = ANY($1)
              AND e.requeue_after <= CURRENT_TIMESTAMP
        )',
        partition_table)
    USING tenant_ids
    INTO result;

    RETURN result;
END;
$_$;


--
-- Name: get_v1_partitions_before_date(text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.get_v1_partitions_before_date(targettablename text, targetdate date) RETURNS TABLE(partition_name text)
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN QUERY
    SELECT
        inhrelid::regclass::text AS partition_name
    FROM
        pg_inherits
    WHERE
        inhparent = targetTableName::regclass
        AND substring(inhrelid::regclass::text, format('%s_(\d{8})', targetTableName)) ~ '^\d{8}'
        AND (substring(inhrelid::regclass::text, format('%s_(\d{8})', targetTableName))::date) < targetDate;
END;
$$;


--
-- Name: get_v1_weekly_partitions_before_date(text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.get_v1_weekly_partitions_before_date(targettablename text, targetdate date) RETURNS TABLE(partition_name text)
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN QUERY
    SELECT
        inhrelid::regclass::text AS partition_name
    FROM
        pg_inherits
    WHERE
        inhparent = targetTableName::regclass
        AND substring(inhrelid::regclass::text, format('%s_(\d{8})', targetTableName)) ~ '^\d{8}'
        AND (substring(inhrelid::regclass::text, format('%s_(\d{8})', targetTableName))::date) < targetDate
        AND (substring(inhrelid::regclass::text, format('%s_(\d{8})', targetTableName))::date) < NOW() - INTERVAL '1 week'
    ;
END;
$$;


--
-- Name: list_paginated_olap_payloads_for_offload(date, uuid, uuid, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.list_paginated_olap_payloads_for_offload(partition_date date, last_external_id uuid, next_external_id uuid, batch_size integer) RETURNS TABLE(tenant_id uuid, external_id uuid, location public.v1_payload_location_olap, external_location_key text, inline_content jsonb, inserted_at timestamp with time zone, updated_at timestamp with time zone)
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_date_str varchar;
    source_partition_name varchar;
    query text;
BEGIN
    IF partition_date IS NULL THEN
        RAISE EXCEPTION 'partition_date parameter cannot be NULL';
    END IF;

    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payloads_olap_%s', partition_date_str) INTO source_partition_name;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE EXCEPTION 'Partition % does not exist', source_partition_name;
    END IF;

    query := format('
        WITH candidates AS MATERIALIZED (
            SELECT tenant_id, external_id, location, external_location_key, inline_content, inserted_at, updated_at
            FROM %I
            WHERE external_id >= $1::UUID
            ORDER BY external_id

            -- Multiplying by two here to handle an edge case. There is a small chance we miss a row
            -- when a different row is inserted before it, in between us creating the chunks and selecting
            -- them. By multiplying by two to create a "candidate" set, we significantly reduce the chance of us missing
            -- rows in this way, since if a row is inserted before one of our last rows, we will still have
            -- the next row after it in the candidate set.
            LIMIT $3 * 2
        )

        SELECT tenant_id, external_id, location, external_location_key, inline_content, inserted_at, updated_at
        FROM candidates
        WHERE
            external_id >= $1
            AND external_id <= $2
        ORDER BY external_id
    ', source_partition_name);

    RETURN QUERY EXECUTE query USING last_external_id, next_external_id, batch_size;
END;
$_$;


--
-- Name: list_paginated_payloads_for_offload(date, uuid, uuid, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.list_paginated_payloads_for_offload(partition_date date, last_external_id uuid, next_external_id uuid, batch_size integer) RETURNS TABLE(tenant_id uuid, id bigint, inserted_at timestamp with time zone, external_id uuid, type public.v1_payload_type, location public.v1_payload_location, external_location_key text, inline_content jsonb, updated_at timestamp with time zone)
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_date_str varchar;
    source_partition_name varchar;
    query text;
BEGIN
    IF partition_date IS NULL THEN
        RAISE EXCEPTION 'partition_date parameter cannot be NULL';
    END IF;

    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payload_%s', partition_date_str) INTO source_partition_name;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE EXCEPTION 'Partition % does not exist', source_partition_name;
    END IF;

    query := format('
        WITH candidates AS MATERIALIZED (
            SELECT tenant_id, id, inserted_at, external_id, type, location,
                external_location_key, inline_content, updated_at
            FROM %I
            WHERE external_id >= $1::UUID
            ORDER BY external_id

            -- Multiplying by two here to handle an edge case. There is a small chance we miss a row
            -- when a different row is inserted before it, in between us creating the chunks and selecting
            -- them. By multiplying by two to create a "candidate" set, we significantly reduce the chance of us missing
            -- rows in this way, since if a row is inserted before one of our last rows, we will still have
            -- the next row after it in the candidate set.
            LIMIT $3 * 2
        )

        SELECT tenant_id, id, inserted_at, external_id, type, location,
               external_location_key, inline_content, updated_at
        FROM candidates
        WHERE
            external_id >= $1
            AND external_id <= $2
        ORDER BY external_id
    ', source_partition_name);

    RETURN QUERY EXECUTE query USING last_external_id, next_external_id, batch_size;
END;
$_$;


SET default_tablespace = '';

--
-- Name: v1_task_events_olap_tmp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_task_events_olap_tmp (
    tenant_id uuid NOT NULL,
    requeue_after timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    requeue_retries integer DEFAULT 0 NOT NULL,
    id bigint NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    event_type public.v1_event_type_olap NOT NULL,
    readable_status public.v1_readable_status_olap NOT NULL,
    retry_count integer DEFAULT 0 NOT NULL,
    worker_id uuid
)
PARTITION BY HASH (task_id);


--
-- Name: list_task_events_tmp(integer, uuid, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.list_task_events_tmp(partition_number integer, tenant_id uuid, event_limit integer) RETURNS SETOF public.v1_task_events_olap_tmp
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_table text;
BEGIN
    partition_table := 'v1_task_events_olap_tmp_' || partition_number::text;
    RETURN QUERY EXECUTE format(
        'SELECT e.*
         FROM %I e
         WHERE e.tenant_id = $1
           AND e.requeue_after <= CURRENT_TIMESTAMP
         ORDER BY e.requeue_after, e.task_id, e.id
         LIMIT $2
         FOR UPDATE SKIP LOCKED',
         partition_table)
    USING tenant_id, event_limit;
END;
$_$;


--
-- Name: v1_task_status_updates_tmp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_task_status_updates_tmp (
    tenant_id uuid NOT NULL,
    requeue_after timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    requeue_retries integer DEFAULT 0 NOT NULL,
    id bigint NOT NULL,
    dag_id bigint NOT NULL,
    dag_inserted_at timestamp with time zone NOT NULL
)
PARTITION BY HASH (dag_id);


--
-- Name: list_task_status_updates_tmp(integer, uuid, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.list_task_status_updates_tmp(partition_number integer, tenant_id uuid, event_limit integer) RETURNS SETOF public.v1_task_status_updates_tmp
    LANGUAGE plpgsql
    AS $_$
DECLARE
    partition_table text;
BEGIN
    partition_table := 'v1_task_status_updates_tmp_' || partition_number::text;
    RETURN QUERY EXECUTE format(
        'SELECT e.*
         FROM %I e
         WHERE e.tenant_id = $1
           AND e.requeue_after <= CURRENT_TIMESTAMP
         ORDER BY e.dag_id
         LIMIT $2
         FOR UPDATE SKIP LOCKED',
         partition_table)
    USING tenant_id, event_limit;
END;
$_$;


--
-- Name: swap_v1_payload_partition_with_temp(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.swap_v1_payload_partition_with_temp(partition_date date) RETURNS text
    LANGUAGE plpgsql
    AS $$
DECLARE
    partition_date_str varchar;
    source_partition_name varchar;
    temp_table_name varchar;
    old_pk_name varchar;
    new_pk_name varchar;
    old_ext_id_idx_name varchar;
    new_ext_id_idx_name varchar;
    partition_start date;
    partition_end date;
    trigger_function_name varchar;
    trigger_name varchar;
BEGIN
    IF partition_date IS NULL THEN
        RAISE EXCEPTION 'partition_date parameter cannot be NULL';
    END IF;

    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payload_%s', partition_date_str) INTO source_partition_name;
    SELECT format('v1_payload_offload_tmp_%s', partition_date_str) INTO temp_table_name;
    SELECT format('v1_payload_offload_tmp_%s_pkey', partition_date_str) INTO old_pk_name;
    SELECT format('v1_payload_%s_pkey', partition_date_str) INTO new_pk_name;
    SELECT format('v1_payload_offload_tmp_%s_external_id_idx', partition_date_str) INTO old_ext_id_idx_name;
    SELECT format('v1_payload_%s_external_id_idx', partition_date_str) INTO new_ext_id_idx_name;
    SELECT format('sync_to_%s', temp_table_name) INTO trigger_function_name;
    SELECT format('trigger_sync_to_%s', temp_table_name) INTO trigger_name;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = temp_table_name) THEN
        RAISE EXCEPTION 'Temp table % does not exist', temp_table_name;
    END IF;

    partition_start := partition_date;
    partition_end := partition_date + INTERVAL '1 day';

    EXECUTE format(
        'ALTER TABLE %I SET (
            autovacuum_vacuum_scale_factor = ''0.1'',
            autovacuum_analyze_scale_factor = ''0.05'',
            autovacuum_vacuum_threshold = ''25'',
            autovacuum_analyze_threshold = ''25'',
            autovacuum_vacuum_cost_delay = ''10'',
            autovacuum_vacuum_cost_limit = ''1000''
        )',
        temp_table_name
    );
    RAISE NOTICE 'Set autovacuum settings on partition %', temp_table_name;

    LOCK TABLE v1_payload IN ACCESS EXCLUSIVE MODE;

    RAISE NOTICE 'Dropping trigger from partition %', source_partition_name;
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', trigger_name, source_partition_name);

    RAISE NOTICE 'Dropping trigger function %', trigger_function_name;
    EXECUTE format('DROP FUNCTION IF EXISTS %I()', trigger_function_name);

    IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE NOTICE 'Dropping old partition %', source_partition_name;
        EXECUTE format('ALTER TABLE v1_payload DETACH PARTITION %I', source_partition_name);
        EXECUTE format('DROP TABLE %I CASCADE', source_partition_name);
    END IF;

    RAISE NOTICE 'Renaming primary key % to %', old_pk_name, new_pk_name;
    EXECUTE format('ALTER INDEX %I RENAME TO %I', old_pk_name, new_pk_name);

    RAISE NOTICE 'Renaming external_id index % to %', old_ext_id_idx_name, new_ext_id_idx_name;
    EXECUTE format('ALTER INDEX %I RENAME TO %I', old_ext_id_idx_name, new_ext_id_idx_name);

    RAISE NOTICE 'Renaming temp table % to %', temp_table_name, source_partition_name;
    EXECUTE format('ALTER TABLE %I RENAME TO %I', temp_table_name, source_partition_name);

    RAISE NOTICE 'Attaching new partition % to v1_payload', source_partition_name;
    EXECUTE format(
        'ALTER TABLE v1_payload ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
        source_partition_name,
        partition_start,
        partition_end
    );

    RAISE NOTICE 'Dropping hack check constraint';
    EXECUTE format(
        'ALTER TABLE %I DROP CONSTRAINT %I',
        source_partition_name,
        temp_table_name || '_iat_chk_bounds'
    );

    RAISE NOTICE 'Successfully swapped partition %', source_partition_name;
    RETURN source_partition_name;
END;
$$;


--
-- Name: swap_v1_payloads_olap_partition_with_temp(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.swap_v1_payloads_olap_partition_with_temp(partition_date date) RETURNS text
    LANGUAGE plpgsql
    AS $$
DECLARE
    partition_date_str varchar;
    source_partition_name varchar;
    temp_table_name varchar;
    old_pk_name varchar;
    new_pk_name varchar;
    old_ext_id_idx_name varchar;
    new_ext_id_idx_name varchar;
    partition_start date;
    partition_end date;
    trigger_function_name varchar;
    trigger_name varchar;
BEGIN
    IF partition_date IS NULL THEN
        RAISE EXCEPTION 'partition_date parameter cannot be NULL';
    END IF;

    SELECT to_char(partition_date, 'YYYYMMDD') INTO partition_date_str;
    SELECT format('v1_payloads_olap_%s', partition_date_str) INTO source_partition_name;
    SELECT format('v1_payloads_olap_offload_tmp_%s', partition_date_str) INTO temp_table_name;
    SELECT format('v1_payloads_olap_offload_tmp_%s_pkey', partition_date_str) INTO old_pk_name;
    SELECT format('v1_payloads_olap_%s_pkey', partition_date_str) INTO new_pk_name;
    SELECT format('v1_payloads_olap_offload_tmp_%s_external_id_idx', partition_date_str) INTO old_ext_id_idx_name;
    SELECT format('v1_payloads_olap_%s_external_id_idx', partition_date_str) INTO new_ext_id_idx_name;
    SELECT format('sync_to_%s', temp_table_name) INTO trigger_function_name;
    SELECT format('trigger_sync_to_%s', temp_table_name) INTO trigger_name;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = temp_table_name) THEN
        RAISE EXCEPTION 'Temp table % does not exist', temp_table_name;
    END IF;

    partition_start := partition_date;
    partition_end := partition_date + INTERVAL '1 day';

    EXECUTE format(
        'ALTER TABLE %I SET (
            autovacuum_vacuum_scale_factor = ''0.1'',
            autovacuum_analyze_scale_factor = ''0.05'',
            autovacuum_vacuum_threshold = ''25'',
            autovacuum_analyze_threshold = ''25'',
            autovacuum_vacuum_cost_delay = ''10'',
            autovacuum_vacuum_cost_limit = ''1000''
        )',
        temp_table_name
    );
    RAISE NOTICE 'Set autovacuum settings on partition %', temp_table_name;

    LOCK TABLE v1_payloads_olap IN ACCESS EXCLUSIVE MODE;

    RAISE NOTICE 'Dropping trigger from partition %', source_partition_name;
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', trigger_name, source_partition_name);

    RAISE NOTICE 'Dropping trigger function %', trigger_function_name;
    EXECUTE format('DROP FUNCTION IF EXISTS %I()', trigger_function_name);

    IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = source_partition_name) THEN
        RAISE NOTICE 'Dropping old partition %', source_partition_name;
        EXECUTE format('ALTER TABLE v1_payloads_olap DETACH PARTITION %I', source_partition_name);
        EXECUTE format('DROP TABLE %I CASCADE', source_partition_name);
    END IF;

    RAISE NOTICE 'Renaming primary key % to %', old_pk_name, new_pk_name;
    EXECUTE format('ALTER INDEX %I RENAME TO %I', old_pk_name, new_pk_name);

    RAISE NOTICE 'Renaming external_id index % to %', old_ext_id_idx_name, new_ext_id_idx_name;
    EXECUTE format('ALTER INDEX %I RENAME TO %I', old_ext_id_idx_name, new_ext_id_idx_name);

    RAISE NOTICE 'Renaming temp table % to %', temp_table_name, source_partition_name;
    EXECUTE format('ALTER TABLE %I RENAME TO %I', temp_table_name, source_partition_name);

    RAISE NOTICE 'Attaching new partition % to v1_payloads_olap', source_partition_name;
    EXECUTE format(
        'ALTER TABLE v1_payloads_olap ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
        source_partition_name,
        partition_start,
        partition_end
    );

    RAISE NOTICE 'Dropping hack check constraint';
    EXECUTE format(
        'ALTER TABLE %I DROP CONSTRAINT %I',
        source_partition_name,
        temp_table_name || '_iat_chk_bounds'
    );

    RAISE NOTICE 'Successfully swapped partition %', source_partition_name;
    RETURN source_partition_name;
END;
$$;


--
-- Name: unnest_nd_1d(anyarray); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.unnest_nd_1d(a anyarray, OUT a_1d anyarray) RETURNS SETOF anyarray
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
BEGIN                -- null is covered by STRICT
   IF a = '{}' THEN  -- empty
      a_1d = '{}';
      RETURN NEXT;
   ELSE              --  all other cases
      FOREACH a_1d SLICE 1 IN ARRAY a LOOP
         RETURN NEXT;
      END LOOP;
   END IF;
END
$$;


--
-- Name: v1_concurrency_slot_update_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_concurrency_slot_update_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    -- If the concurrency slot has next_keys, insert a new slot for the next key
    WITH new_slot_rows AS (
        SELECT
            t.id,
            t.inserted_at,
            t.retry_count,
            t.tenant_id,
            t.priority,
            t.queue,
            t.workflow_run_id,
            t.external_id,
            nt.next_parent_strategy_ids[1] AS parent_strategy_id,
            CASE
                WHEN array_length(nt.next_parent_strategy_ids, 1) > 1 THEN nt.next_parent_strategy_ids[2:array_length(nt.next_parent_strategy_ids, 1)]
                ELSE '{}'::bigint[]
            END AS next_parent_strategy_ids,
            nt.next_strategy_ids[1] AS strategy_id,
            CASE
                WHEN array_length(nt.next_strategy_ids, 1) > 1 THEN nt.next_strategy_ids[2:array_length(nt.next_strategy_ids, 1)]
                ELSE '{}'::bigint[]
            END AS next_strategy_ids,
            nt.next_keys[1] AS key,
            CASE
                WHEN array_length(nt.next_keys, 1) > 1 THEN nt.next_keys[2:array_length(nt.next_keys, 1)]
                ELSE '{}'::text[]
            END AS next_keys,
            t.workflow_id,
            t.workflow_version_id,
            CURRENT_TIMESTAMP + convert_duration_to_interval(t.schedule_timeout) AS schedule_timeout_at
        FROM new_table nt
        JOIN old_table ot USING (task_id, task_inserted_at, task_retry_count, key)
        JOIN v1_task t ON t.id = nt.task_id AND t.inserted_at = nt.task_inserted_at
        WHERE
            COALESCE(array_length(nt.next_keys, 1), 0) != 0
            AND nt.is_filled = TRUE
            AND nt.is_filled IS DISTINCT FROM ot.is_filled
    )
    INSERT INTO v1_concurrency_slot (
        task_id,
        task_inserted_at,
        task_retry_count,
        external_id,
        tenant_id,
        workflow_id,
        workflow_version_id,
        workflow_run_id,
        parent_strategy_id,
        next_parent_strategy_ids,
        strategy_id,
        next_strategy_ids,
        priority,
        key,
        next_keys,
        schedule_timeout_at,
        queue_to_notify
    )
    SELECT
        id,
        inserted_at,
        retry_count,
        external_id,
        tenant_id,
        workflow_id,
        workflow_version_id,
        workflow_run_id,
        parent_strategy_id,
        next_parent_strategy_ids,
        strategy_id,
        next_strategy_ids,
        COALESCE(priority, 1),
        key,
        next_keys,
        schedule_timeout_at,
        queue
    FROM new_slot_rows;

    -- If the concurrency slot does not have next_keys, insert an item into v1_queue_item
    WITH tasks AS (
        SELECT
            t.*
        FROM
            new_table nt
        JOIN old_table ot USING (task_id, task_inserted_at, task_retry_count, key)
        JOIN v1_task t ON t.id = nt.task_id AND t.inserted_at = nt.task_inserted_at
        WHERE
            COALESCE(array_length(nt.next_keys, 1), 0) = 0
            AND nt.is_filled = TRUE
            AND nt.is_filled IS DISTINCT FROM ot.is_filled
    )
    INSERT INTO v1_queue_item (
        tenant_id,
        queue,
        task_id,
        task_inserted_at,
        external_id,
        action_id,
        step_id,
        workflow_id,
        workflow_run_id,
        schedule_timeout_at,
        step_timeout,
        priority,
        sticky,
        desired_worker_id,
        retry_count,
        desired_worker_label,
        batch_key
    )
    SELECT
        tenant_id,
        queue,
        id,
        inserted_at,
        external_id,
        action_id,
        step_id,
        workflow_id,
        workflow_run_id,
        CURRENT_TIMESTAMP + convert_duration_to_interval(schedule_timeout),
        step_timeout,
        COALESCE(priority, 1),
        sticky,
        desired_worker_id,
        retry_count,
        desired_worker_label,
        batch_key
    FROM tasks
    ON CONFLICT (task_id, task_inserted_at, retry_count) DO NOTHING
    ;

    RETURN NULL;
END;
$$;


--
-- Name: v1_dag_insert_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_dag_insert_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO v1_lookup_table (
        external_id,
        tenant_id,
        dag_id,
        inserted_at
    )
    SELECT
        external_id,
        tenant_id,
        id,
        inserted_at
    FROM new_table
    ON CONFLICT (external_id) DO NOTHING;

    RETURN NULL;
END;
$$;


--
-- Name: v1_dags_olap_delete_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_dags_olap_delete_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    DELETE FROM v1_runs_olap r
    USING old_rows o
    WHERE
        r.inserted_at = o.inserted_at
        AND r.id = o.id
        AND r.readable_status = o.readable_status
        AND r.kind = 'DAG';

    RETURN NULL;
END;
$$;


--
-- Name: v1_dags_olap_insert_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_dags_olap_insert_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO v1_runs_olap (
        tenant_id,
        id,
        inserted_at,
        external_id,
        readable_status,
        kind,
        workflow_id,
        workflow_version_id,
        additional_metadata,
        parent_task_external_id,
        idempotency_key
    )
    SELECT
        tenant_id,
        id,
        inserted_at,
        external_id,
        readable_status,
        'DAG',
        workflow_id,
        workflow_version_id,
        additional_metadata,
        parent_task_external_id,
        idempotency_key
    FROM new_rows
    ON CONFLICT (inserted_at, id) DO NOTHING;

    INSERT INTO v1_lookup_table_olap (
        tenant_id,
        external_id,
        dag_id,
        inserted_at
    )
    SELECT
        tenant_id,
        external_id,
        id,
        inserted_at
    FROM new_rows
    ON CONFLICT (external_id) DO NOTHING;

    RETURN NULL;
END;
$$;


--
-- Name: v1_dags_olap_status_update_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_dags_olap_status_update_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE
        v1_runs_olap r
    SET
        readable_status = n.readable_status
    FROM new_rows n
    WHERE
        r.id = n.id
        AND r.inserted_at = n.inserted_at
        AND r.kind = 'DAG';

    RETURN NULL;
END;
$$;


--
-- Name: v1_events_lookup_table_olap_insert_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_events_lookup_table_olap_insert_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO v1_event_lookup_table_olap (
        tenant_id,
        external_id,
        event_id,
        event_seen_at
    )
    SELECT
        tenant_id,
        external_id,
        id,
        seen_at
    FROM new_rows
    ON CONFLICT (tenant_id, external_id, event_seen_at) DO NOTHING;

    RETURN NULL;
END;
$$;


--
-- Name: v1_retry_queue_item_delete_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_retry_queue_item_delete_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    WITH new_slot_rows AS (
        SELECT
            t.id,
            t.inserted_at,
            t.retry_count,
            t.tenant_id,
            t.workflow_run_id,
            t.external_id,
            t.concurrency_parent_strategy_ids[1] AS parent_strategy_id,
            CASE
                WHEN array_length(t.concurrency_parent_strategy_ids, 1) > 1 THEN t.concurrency_parent_strategy_ids[2:array_length(t.concurrency_parent_strategy_ids, 1)]
                ELSE '{}'::bigint[]
            END AS next_parent_strategy_ids,
            t.concurrency_strategy_ids[1] AS strategy_id,
            CASE
                WHEN array_length(t.concurrency_strategy_ids, 1) > 1 THEN t.concurrency_strategy_ids[2:array_length(t.concurrency_strategy_ids, 1)]
                ELSE '{}'::bigint[]
            END AS next_strategy_ids,
            t.concurrency_keys[1] AS key,
            CASE
                WHEN array_length(t.concurrency_keys, 1) > 1 THEN t.concurrency_keys[2:array_length(t.concurrency_keys, 1)]
                ELSE '{}'::text[]
            END AS next_keys,
            t.workflow_id,
            t.workflow_version_id,
            t.queue,
            CURRENT_TIMESTAMP + convert_duration_to_interval(t.schedule_timeout) AS schedule_timeout_at
        FROM deleted_rows dr
        JOIN
            v1_task t ON t.id = dr.task_id AND t.inserted_at = dr.task_inserted_at
        WHERE
            dr.retry_after <= NOW()
            AND t.initial_state = 'QUEUED'
            -- Check to see if the task has a concurrency strategy
            AND t.concurrency_strategy_ids[1] IS NOT NULL
    )
    INSERT INTO v1_concurrency_slot (
        task_id,
        task_inserted_at,
        task_retry_count,
        external_id,
        tenant_id,
        workflow_id,
        workflow_version_id,
        workflow_run_id,
        parent_strategy_id,
        next_parent_strategy_ids,
        strategy_id,
        next_strategy_ids,
        priority,
        key,
        next_keys,
        queue_to_notify,
        schedule_timeout_at
    )
    SELECT
        id,
        inserted_at,
        retry_count,
        external_id,
        tenant_id,
        workflow_id,
        workflow_version_id,
        workflow_run_id,
        parent_strategy_id,
        next_parent_strategy_ids,
        strategy_id,
        next_strategy_ids,
        4,
        key,
        next_keys,
        queue,
        schedule_timeout_at
    FROM new_slot_rows;

    WITH tasks AS (
        SELECT
            t.*
        FROM
            deleted_rows dr
        JOIN v1_task t ON t.id = dr.task_id AND t.inserted_at = dr.task_inserted_at
        WHERE
            dr.retry_after <= NOW()
            AND t.initial_state = 'QUEUED'
            AND t.concurrency_strategy_ids[1] IS NULL
    )
    INSERT INTO v1_queue_item (
        tenant_id,
        queue,
        task_id,
        task_inserted_at,
        external_id,
        action_id,
        step_id,
        workflow_id,
        workflow_run_id,
        schedule_timeout_at,
        step_timeout,
        priority,
        sticky,
        desired_worker_id,
        retry_count,
        desired_worker_label,
        batch_key
    )
    SELECT
        tenant_id,
        queue,
        id,
        inserted_at,
        external_id,
        action_id,
        step_id,
        workflow_id,
        workflow_run_id,
        CURRENT_TIMESTAMP + convert_duration_to_interval(schedule_timeout),
        step_timeout,
        4,
        sticky,
        desired_worker_id,
        retry_count,
        desired_worker_label,
        batch_key
    FROM tasks
    ON CONFLICT (task_id, task_inserted_at, retry_count) DO NOTHING
    ;

    RETURN NULL;
END;
$$;


--
-- Name: v1_runs_olap_insert_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_runs_olap_insert_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO v1_statuses_olap (
        external_id,
        inserted_at,
        tenant_id,
        workflow_id,
        kind,
        readable_status
    )
    SELECT
        external_id,
        inserted_at,
        tenant_id,
        workflow_id,
        kind,
        readable_status
    FROM new_rows
    ON CONFLICT (external_id, inserted_at) DO NOTHING;

    RETURN NULL;
END;
$$;


--
-- Name: v1_runs_olap_status_update_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_runs_olap_status_update_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO v1_statuses_olap (
        external_id,
        inserted_at,
        tenant_id,
        workflow_id,
        kind,
        readable_status
    )
    -- DISTINCT ON: nothing constraint-enforces (external_id, inserted_at)
    -- uniqueness across new_rows, and ON CONFLICT DO UPDATE errors if a single
    -- statement affects the same row twice. On duplicates, keep the
    -- highest-priority status.
    SELECT DISTINCT ON (external_id, inserted_at)
        external_id,
        inserted_at,
        tenant_id,
        workflow_id,
        kind,
        readable_status
    FROM new_rows
    ORDER BY external_id, inserted_at, v1_status_to_priority(readable_status) DESC
    ON CONFLICT (external_id, inserted_at) DO UPDATE
    SET readable_status = EXCLUDED.readable_status
    WHERE v1_statuses_olap.readable_status IS DISTINCT FROM EXCLUDED.readable_status;

    RETURN NULL;
END;
$$;


--
-- Name: v1_status_from_priority(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_status_from_priority(p integer) RETURNS public.v1_readable_status_olap
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT CASE p
        WHEN 1 THEN 'QUEUED'
        WHEN 2 THEN 'RUNNING'
        WHEN 3 THEN 'EVICTED'
        WHEN 4 THEN 'CANCELLED'
        WHEN 5 THEN 'FAILED'
        WHEN 6 THEN 'COMPLETED'
    END::v1_readable_status_olap;
$$;


--
-- Name: v1_status_to_priority(public.v1_readable_status_olap); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_status_to_priority(s public.v1_readable_status_olap) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT CASE s
        WHEN 'QUEUED'    THEN 1
        WHEN 'RUNNING'   THEN 2
        WHEN 'EVICTED'   THEN 3
        WHEN 'CANCELLED' THEN 4
        WHEN 'FAILED'    THEN 5
        WHEN 'COMPLETED' THEN 6
    END;
$$;


--
-- Name: v1_task_insert_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_task_insert_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    rec RECORD;
BEGIN
    -- Only insert if there's a single task with initial_state = 'QUEUED' and concurrency_strategy_ids is not null
    IF (SELECT COUNT(*) FROM new_table WHERE initial_state = 'QUEUED' AND concurrency_strategy_ids[1] IS NOT NULL) > 0 THEN
        WITH new_slot_rows AS (
            SELECT
                id,
                inserted_at,
                retry_count,
                tenant_id,
                priority,
                concurrency_parent_strategy_ids[1] AS parent_strategy_id,
                CASE
                    WHEN array_length(concurrency_parent_strategy_ids, 1) > 1 THEN concurrency_parent_strategy_ids[2:array_length(concurrency_parent_strategy_ids, 1)]
                    ELSE '{}'::bigint[]
                END AS next_parent_strategy_ids,
                concurrency_strategy_ids[1] AS strategy_id,
                external_id,
                workflow_run_id,
                CASE
                    WHEN array_length(concurrency_strategy_ids, 1) > 1 THEN concurrency_strategy_ids[2:array_length(concurrency_strategy_ids, 1)]
                    ELSE '{}'::bigint[]
                END AS next_strategy_ids,
                concurrency_keys[1] AS key,
                CASE
                    WHEN array_length(concurrency_keys, 1) > 1 THEN concurrency_keys[2:array_length(concurrency_keys, 1)]
                    ELSE '{}'::text[]
                END AS next_keys,
                workflow_id,
                workflow_version_id,
                queue,
                CURRENT_TIMESTAMP + convert_duration_to_interval(schedule_timeout) AS schedule_timeout_at
            FROM new_table
            WHERE initial_state = 'QUEUED' AND concurrency_strategy_ids[1] IS NOT NULL
        )
        INSERT INTO v1_concurrency_slot (
            task_id,
            task_inserted_at,
            task_retry_count,
            external_id,
            tenant_id,
            workflow_id,
            workflow_version_id,
            workflow_run_id,
            parent_strategy_id,
            next_parent_strategy_ids,
            strategy_id,
            next_strategy_ids,
            priority,
            key,
            next_keys,
            queue_to_notify,
            schedule_timeout_at
        )
        SELECT
            id,
            inserted_at,
            retry_count,
            external_id,
            tenant_id,
            workflow_id,
            workflow_version_id,
            workflow_run_id,
            parent_strategy_id,
            next_parent_strategy_ids,
            strategy_id,
            next_strategy_ids,
            COALESCE(priority, 1),
            key,
            next_keys,
            queue,
            schedule_timeout_at
        FROM new_slot_rows;
    END IF;

    INSERT INTO v1_queue_item (
        tenant_id,
        queue,
        task_id,
        task_inserted_at,
        external_id,
        action_id,
        step_id,
        workflow_id,
        workflow_run_id,
        schedule_timeout_at,
        step_timeout,
        priority,
        sticky,
        desired_worker_id,
        retry_count,
        desired_worker_label,
        batch_key
    )
    SELECT
        tenant_id,
        queue,
        id,
        inserted_at,
        external_id,
        action_id,
        step_id,
        workflow_id,
        workflow_run_id,
        CURRENT_TIMESTAMP + convert_duration_to_interval(schedule_timeout),
        step_timeout,
        COALESCE(priority, 1),
        sticky,
        desired_worker_id,
        retry_count,
        desired_worker_label,
        batch_key
    FROM new_table
    WHERE initial_state = 'QUEUED' AND concurrency_strategy_ids[1] IS NULL
    ON CONFLICT (task_id, task_inserted_at, retry_count) DO NOTHING
    ;

    -- Only insert into v1_dag and v1_dag_to_task if dag_id and dag_inserted_at are not null
    IF (SELECT COUNT(*) FROM new_table WHERE dag_id IS NOT NULL AND dag_inserted_at IS NOT NULL) > 0 THEN
        INSERT INTO v1_dag_to_task (
            dag_id,
            dag_inserted_at,
            task_id,
            task_inserted_at
        )
        SELECT
            dag_id,
            dag_inserted_at,
            id,
            inserted_at
        FROM new_table
        WHERE dag_id IS NOT NULL AND dag_inserted_at IS NOT NULL;
    END IF;

    INSERT INTO v1_lookup_table (
        external_id,
        tenant_id,
        task_id,
        inserted_at
    )
    SELECT
        external_id,
        tenant_id,
        id,
        inserted_at
    FROM new_table
    ON CONFLICT (external_id) DO NOTHING;

    RETURN NULL;
END;
$$;


--
-- Name: v1_task_update_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_task_update_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    WITH new_retry_rows AS (
        SELECT
            nt.id,
            nt.inserted_at,
            nt.retry_count,
            nt.tenant_id,
            -- NOTE: cap in log space before POWER. POWER(backoff_factor, app_retry_count)
            -- overflows float8 (SQLSTATE 22003) for large retry counts, and LEAST cannot
            -- prevent that because POWER is evaluated first. b^n > cap iff
            -- n * ln(b) > ln(cap), so compare logs and skip POWER when the result
            -- would exceed retry_max_backoff.
            NOW() + (
                LEAST(
                    COALESCE(nt.retry_max_backoff, 86400)::double precision,
                    CASE
                        WHEN nt.retry_backoff_factor <= 1 THEN
                            POWER(nt.retry_backoff_factor, nt.app_retry_count)
                        WHEN LN(nt.retry_backoff_factor) * nt.app_retry_count
                            >= LN(GREATEST(COALESCE(nt.retry_max_backoff, 86400), 1)::double precision) THEN
                            COALESCE(nt.retry_max_backoff, 86400)::double precision
                        ELSE
                            POWER(nt.retry_backoff_factor, nt.app_retry_count)
                    END
                ) * interval '1 second'
            ) AS retry_after
        FROM new_table nt
        JOIN old_table ot ON ot.id = nt.id
        WHERE nt.initial_state = 'QUEUED'
            AND nt.retry_backoff_factor IS NOT NULL
            AND ot.app_retry_count IS DISTINCT FROM nt.app_retry_count
            AND nt.app_retry_count != 0
    )
    INSERT INTO v1_retry_queue_item (
        task_id,
        task_inserted_at,
        task_retry_count,
        retry_after,
        tenant_id
    )
    SELECT
        id,
        inserted_at,
        retry_count,
        retry_after,
        tenant_id
    FROM new_retry_rows;

    WITH new_slot_rows AS (
        SELECT
            nt.id,
            nt.inserted_at,
            nt.retry_count,
            nt.tenant_id,
            nt.workflow_run_id,
            nt.external_id,
            nt.concurrency_parent_strategy_ids[1] AS parent_strategy_id,
            CASE
                WHEN array_length(nt.concurrency_parent_strategy_ids, 1) > 1 THEN nt.concurrency_parent_strategy_ids[2:array_length(nt.concurrency_parent_strategy_ids, 1)]
                ELSE '{}'::bigint[]
            END AS next_parent_strategy_ids,
            nt.concurrency_strategy_ids[1] AS strategy_id,
            CASE
                WHEN array_length(nt.concurrency_strategy_ids, 1) > 1 THEN nt.concurrency_strategy_ids[2:array_length(nt.concurrency_strategy_ids, 1)]
                ELSE '{}'::bigint[]
            END AS next_strategy_ids,
            nt.concurrency_keys[1] AS key,
            CASE
                WHEN array_length(nt.concurrency_keys, 1) > 1 THEN nt.concurrency_keys[2:array_length(nt.concurrency_keys, 1)]
                ELSE '{}'::text[]
            END AS next_keys,
            nt.workflow_id,
            nt.workflow_version_id,
            nt.queue,
            CURRENT_TIMESTAMP + convert_duration_to_interval(nt.schedule_timeout) AS schedule_timeout_at
        FROM new_table nt
        JOIN old_table ot ON ot.id = nt.id
        WHERE nt.initial_state = 'QUEUED'
            -- Concurrency strategy id should never be null
            AND nt.concurrency_strategy_ids[1] IS NOT NULL
            AND (nt.retry_backoff_factor IS NULL OR ot.app_retry_count IS NOT DISTINCT FROM nt.app_retry_count OR nt.app_retry_count = 0)
            AND ot.retry_count IS DISTINCT FROM nt.retry_count
    ), updated_slot AS (
        UPDATE
            v1_concurrency_slot cs
        SET
            task_retry_count = nt.retry_count,
            schedule_timeout_at = nt.schedule_timeout_at,
            is_filled = FALSE,
            priority = 4
        FROM
            new_slot_rows nt
        WHERE
            cs.task_id = nt.id
            AND cs.task_inserted_at = nt.inserted_at
            AND cs.strategy_id = nt.strategy_id
        RETURNING cs.*
    ), slots_to_insert AS (
        -- select the rows that were not updated
        SELECT
            nt.*
        FROM
            new_slot_rows nt
        LEFT JOIN
            updated_slot cs ON cs.task_id = nt.id AND cs.task_inserted_at = nt.inserted_at AND cs.strategy_id = nt.strategy_id
        WHERE
            cs.task_id IS NULL
    )
    INSERT INTO v1_concurrency_slot (
        task_id,
        task_inserted_at,
        task_retry_count,
        external_id,
        tenant_id,
        workflow_id,
        workflow_version_id,
        workflow_run_id,
        parent_strategy_id,
        next_parent_strategy_ids,
        strategy_id,
        next_strategy_ids,
        priority,
        key,
        next_keys,
        queue_to_notify,
        schedule_timeout_at
    )
    SELECT
        id,
        inserted_at,
        retry_count,
        external_id,
        tenant_id,
        workflow_id,
        workflow_version_id,
        workflow_run_id,
        parent_strategy_id,
        next_parent_strategy_ids,
        strategy_id,
        next_strategy_ids,
        4,
        key,
        next_keys,
        queue,
        schedule_timeout_at
    FROM slots_to_insert;

    INSERT INTO v1_queue_item (
        tenant_id,
        queue,
        task_id,
        task_inserted_at,
        external_id,
        action_id,
        step_id,
        workflow_id,
        workflow_run_id,
        schedule_timeout_at,
        step_timeout,
        priority,
        sticky,
        desired_worker_id,
        retry_count,
        desired_worker_label,
        batch_key
    )
    SELECT
        nt.tenant_id,
        nt.queue,
        nt.id,
        nt.inserted_at,
        nt.external_id,
        nt.action_id,
        nt.step_id,
        nt.workflow_id,
        nt.workflow_run_id,
        CURRENT_TIMESTAMP + convert_duration_to_interval(nt.schedule_timeout),
        nt.step_timeout,
        4,
        nt.sticky,
        nt.desired_worker_id,
        nt.retry_count,
        nt.desired_worker_label,
        nt.batch_key
    FROM new_table nt
    JOIN old_table ot ON ot.id = nt.id
    WHERE nt.initial_state = 'QUEUED'
        AND nt.concurrency_strategy_ids[1] IS NULL
        AND (nt.retry_backoff_factor IS NULL OR ot.app_retry_count IS NOT DISTINCT FROM nt.app_retry_count OR nt.app_retry_count = 0)
        AND ot.retry_count IS DISTINCT FROM nt.retry_count
    ON CONFLICT (task_id, task_inserted_at, retry_count) DO NOTHING
    ;

    RETURN NULL;
END;
$$;


--
-- Name: v1_tasks_olap_delete_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_tasks_olap_delete_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    DELETE FROM v1_runs_olap r
    USING old_rows o
    WHERE
        r.inserted_at = o.inserted_at
        AND r.id = o.id
        AND r.readable_status = o.readable_status
        AND r.kind = 'TASK'
        AND o.dag_id IS NULL;

    RETURN NULL;
END;
$$;


--
-- Name: v1_tasks_olap_insert_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_tasks_olap_insert_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO v1_runs_olap (
        tenant_id,
        id,
        inserted_at,
        external_id,
        readable_status,
        kind,
        workflow_id,
        workflow_version_id,
        additional_metadata,
        parent_task_external_id,
        idempotency_key
    )
    SELECT
        tenant_id,
        id,
        inserted_at,
        external_id,
        readable_status,
        'TASK',
        workflow_id,
        workflow_version_id,
        additional_metadata,
        parent_task_external_id,
        idempotency_key
    FROM new_rows
    WHERE dag_id IS NULL
    ON CONFLICT (inserted_at, id) DO NOTHING;

    INSERT INTO v1_lookup_table_olap (
        tenant_id,
        external_id,
        task_id,
        inserted_at
    )
    SELECT
        tenant_id,
        external_id,
        id,
        inserted_at
    FROM new_rows
    ON CONFLICT (external_id) DO NOTHING;

    -- If the task has a dag_id and dag_inserted_at, insert into the lookup table
    INSERT INTO v1_dag_to_task_olap (
        dag_id,
        dag_inserted_at,
        task_id,
        task_inserted_at
    )
    SELECT
        dag_id,
        dag_inserted_at,
        id,
        inserted_at
    FROM new_rows
    WHERE dag_id IS NOT NULL
    ON CONFLICT (dag_id, dag_inserted_at, task_id, task_inserted_at) DO NOTHING;

    RETURN NULL;
END;
$$;


--
-- Name: v1_tasks_olap_status_update_function(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.v1_tasks_olap_status_update_function() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE
        v1_runs_olap r
    SET
        readable_status = n.readable_status
    FROM new_rows n
    WHERE
        r.id = n.id
        AND r.inserted_at = n.inserted_at
        AND r.kind = 'TASK';

    RETURN NULL;
END;
$$;


SET default_table_access_method = heap;

--
-- Name: APIToken; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."APIToken" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "expiresAt" timestamp(3) without time zone,
    revoked boolean DEFAULT false NOT NULL,
    name text,
    "tenantId" uuid,
    "nextAlertAt" timestamp(3) without time zone,
    internal boolean DEFAULT false NOT NULL
);


--
-- Name: Action; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Action" (
    description text,
    "tenantId" uuid NOT NULL,
    "actionId" text NOT NULL,
    id uuid NOT NULL
);


--
-- Name: ControllerPartition; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ControllerPartition" (
    id text NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "lastHeartbeat" timestamp(3) without time zone,
    name text
);


--
-- Name: Dispatcher; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Dispatcher" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "lastHeartbeatAt" timestamp(3) without time zone,
    "isActive" boolean DEFAULT true NOT NULL
);


--
-- Name: Event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Event" (
    id uuid NOT NULL,
    "createdAt" timestamp(6) without time zone DEFAULT clock_timestamp() NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    key text NOT NULL,
    "tenantId" uuid NOT NULL,
    "replayedFromId" uuid,
    data jsonb,
    "additionalMetadata" jsonb,
    "insertOrder" integer
);


--
-- Name: EventKey; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."EventKey" (
    key text NOT NULL,
    "tenantId" uuid NOT NULL,
    id bigint NOT NULL
);


--
-- Name: EventKey_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."EventKey_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: EventKey_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."EventKey_id_seq" OWNED BY public."EventKey".id;


--
-- Name: GetGroupKeyRun; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."GetGroupKeyRun" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "workerId" uuid,
    "tickerId" uuid,
    status public."StepRunStatus" DEFAULT 'PENDING'::public."StepRunStatus" NOT NULL,
    input jsonb,
    output text,
    "requeueAfter" timestamp(3) without time zone,
    error text,
    "startedAt" timestamp(3) without time zone,
    "finishedAt" timestamp(3) without time zone,
    "timeoutAt" timestamp(3) without time zone,
    "cancelledAt" timestamp(3) without time zone,
    "cancelledReason" text,
    "cancelledError" text,
    "workflowRunId" uuid NOT NULL,
    "scheduleTimeoutAt" timestamp(3) without time zone
);


--
-- Name: InternalQueueItem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."InternalQueueItem" (
    id bigint NOT NULL,
    queue public."InternalQueue" NOT NULL,
    "isQueued" boolean NOT NULL,
    data jsonb,
    "tenantId" uuid NOT NULL,
    priority integer DEFAULT 1 NOT NULL,
    "uniqueKey" text,
    CONSTRAINT "InternalQueueItem_priority_check" CHECK (((priority >= 1) AND (priority <= 4)))
);


--
-- Name: InternalQueueItem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."InternalQueueItem_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: InternalQueueItem_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."InternalQueueItem_id_seq" OWNED BY public."InternalQueueItem".id;


--
-- Name: Job; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Job" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "workflowVersionId" uuid NOT NULL,
    name text NOT NULL,
    description text,
    timeout text,
    kind public."JobKind" DEFAULT 'DEFAULT'::public."JobKind" NOT NULL
);


--
-- Name: JobRun; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."JobRun" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "jobId" uuid NOT NULL,
    "tickerId" uuid,
    status public."JobRunStatus" DEFAULT 'PENDING'::public."JobRunStatus" NOT NULL,
    result jsonb,
    "startedAt" timestamp(3) without time zone,
    "finishedAt" timestamp(3) without time zone,
    "timeoutAt" timestamp(3) without time zone,
    "cancelledAt" timestamp(3) without time zone,
    "cancelledReason" text,
    "cancelledError" text,
    "workflowRunId" uuid NOT NULL
);


--
-- Name: JobRunLookupData; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."JobRunLookupData" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "jobRunId" uuid NOT NULL,
    "tenantId" uuid NOT NULL,
    data jsonb
);


--
-- Name: Lease; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Lease" (
    id bigint NOT NULL,
    "expiresAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "resourceId" text NOT NULL,
    kind public."LeaseKind" NOT NULL
);


--
-- Name: Lease_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Lease_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Lease_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Lease_id_seq" OWNED BY public."Lease".id;


--
-- Name: LogLine; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."LogLine" (
    id bigint NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "tenantId" uuid NOT NULL,
    "stepRunId" uuid,
    message text NOT NULL,
    level public."LogLineLevel" DEFAULT 'INFO'::public."LogLineLevel" NOT NULL,
    metadata jsonb
);


--
-- Name: LogLine_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."LogLine_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: LogLine_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."LogLine_id_seq" OWNED BY public."LogLine".id;


--
-- Name: MessageQueue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."MessageQueue" (
    name text NOT NULL,
    "lastActive" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP,
    durable boolean DEFAULT true NOT NULL,
    "autoDeleted" boolean DEFAULT false NOT NULL,
    exclusive boolean DEFAULT false NOT NULL,
    "exclusiveConsumerId" uuid
);


--
-- Name: MessageQueueItem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."MessageQueueItem" (
    id bigint NOT NULL,
    payload jsonb NOT NULL,
    "readAfter" timestamp(3) without time zone,
    "expiresAt" timestamp(3) without time zone,
    "queueId" text,
    status public."MessageQueueItemStatus" DEFAULT 'PENDING'::public."MessageQueueItemStatus" NOT NULL
);


--
-- Name: MessageQueueItem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."MessageQueueItem" ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public."MessageQueueItem_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Queue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Queue" (
    id bigint NOT NULL,
    "tenantId" uuid NOT NULL,
    name text NOT NULL,
    "lastActive" timestamp(3) without time zone
);


--
-- Name: QueueItem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."QueueItem" (
    id bigint NOT NULL,
    "stepRunId" uuid,
    "stepId" uuid,
    "actionId" text,
    "scheduleTimeoutAt" timestamp(3) without time zone,
    "stepTimeout" text,
    priority integer DEFAULT 1 NOT NULL,
    "isQueued" boolean NOT NULL,
    "tenantId" uuid NOT NULL,
    queue text NOT NULL,
    sticky public."StickyStrategy",
    "desiredWorkerId" uuid,
    CONSTRAINT "QueueItem_priority_check" CHECK (((priority >= 1) AND (priority <= 4)))
);


--
-- Name: QueueItem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."QueueItem_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: QueueItem_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."QueueItem_id_seq" OWNED BY public."QueueItem".id;


--
-- Name: Queue_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Queue_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Queue_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Queue_id_seq" OWNED BY public."Queue".id;


--
-- Name: RateLimit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RateLimit" (
    "tenantId" uuid NOT NULL,
    key text NOT NULL,
    "limitValue" integer NOT NULL,
    value integer NOT NULL,
    "window" text NOT NULL,
    "lastRefill" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: RetryQueueItem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RetryQueueItem" (
    id bigint NOT NULL,
    "retryAfter" timestamp(3) without time zone NOT NULL,
    "stepRunId" uuid NOT NULL,
    "tenantId" uuid NOT NULL,
    "isQueued" boolean NOT NULL
);


--
-- Name: RetryQueueItem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."RetryQueueItem_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: RetryQueueItem_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."RetryQueueItem_id_seq" OWNED BY public."RetryQueueItem".id;


--
-- Name: SNSIntegration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SNSIntegration" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "tenantId" uuid NOT NULL,
    "topicArn" text NOT NULL
);


--
-- Name: SchedulerPartition; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SchedulerPartition" (
    id text NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "lastHeartbeat" timestamp(3) without time zone,
    name text
);


--
-- Name: SecurityCheckIdent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SecurityCheckIdent" (
    id uuid NOT NULL
);


--
-- Name: SemaphoreQueueItem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SemaphoreQueueItem" (
    "stepRunId" uuid NOT NULL,
    "workerId" uuid NOT NULL,
    "tenantId" uuid NOT NULL
);


--
-- Name: Service; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Service" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    name text NOT NULL,
    description text,
    "tenantId" uuid NOT NULL
);


--
-- Name: SlackAppWebhook; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SlackAppWebhook" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "teamId" text NOT NULL,
    "teamName" text NOT NULL,
    "channelId" text NOT NULL,
    "channelName" text NOT NULL,
    "webhookURL" bytea NOT NULL
);


--
-- Name: Step; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Step" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "readableId" text,
    "tenantId" uuid NOT NULL,
    "jobId" uuid NOT NULL,
    "actionId" text NOT NULL,
    timeout text,
    "customUserData" jsonb,
    retries integer DEFAULT 0 NOT NULL,
    "retryBackoffFactor" double precision,
    "retryMaxBackoff" integer,
    "scheduleTimeout" text DEFAULT '5m'::text NOT NULL,
    "isDurable" boolean DEFAULT false NOT NULL,
    "isDagOrchestrator" boolean DEFAULT false NOT NULL
);


--
-- Name: StepDesiredWorkerLabel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."StepDesiredWorkerLabel" (
    id bigint NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "stepId" uuid NOT NULL,
    key text NOT NULL,
    "strValue" text,
    "intValue" integer,
    required boolean NOT NULL,
    comparator public."WorkerLabelComparator" NOT NULL,
    weight integer NOT NULL
);


--
-- Name: StepDesiredWorkerLabel_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."StepDesiredWorkerLabel_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: StepDesiredWorkerLabel_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."StepDesiredWorkerLabel_id_seq" OWNED BY public."StepDesiredWorkerLabel".id;


--
-- Name: StepExpression; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."StepExpression" (
    key text NOT NULL,
    "stepId" uuid NOT NULL,
    expression text NOT NULL,
    kind public."StepExpressionKind" NOT NULL
);


--
-- Name: StepRateLimit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."StepRateLimit" (
    units integer NOT NULL,
    "stepId" uuid NOT NULL,
    "rateLimitKey" text NOT NULL,
    "tenantId" uuid NOT NULL,
    kind public."StepRateLimitKind" DEFAULT 'STATIC'::public."StepRateLimitKind" NOT NULL
);


--
-- Name: StepRun; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."StepRun" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "jobRunId" uuid NOT NULL,
    "stepId" uuid NOT NULL,
    "order" bigint NOT NULL,
    "workerId" uuid,
    "tickerId" uuid,
    status public."StepRunStatus" DEFAULT 'PENDING'::public."StepRunStatus" NOT NULL,
    input jsonb,
    output jsonb,
    "requeueAfter" timestamp(3) without time zone,
    "scheduleTimeoutAt" timestamp(3) without time zone,
    error text,
    "startedAt" timestamp(3) without time zone,
    "finishedAt" timestamp(3) without time zone,
    "timeoutAt" timestamp(3) without time zone,
    "cancelledAt" timestamp(3) without time zone,
    "cancelledReason" text,
    "cancelledError" text,
    "inputSchema" jsonb,
    "callerFiles" jsonb,
    "gitRepoBranch" text,
    "retryCount" integer DEFAULT 0 NOT NULL,
    "semaphoreReleased" boolean DEFAULT false NOT NULL,
    queue text DEFAULT 'default'::text NOT NULL,
    priority integer,
    "internalRetryCount" integer DEFAULT 0 NOT NULL
);


--
-- Name: StepRunEvent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."StepRunEvent" (
    id bigint NOT NULL,
    "timeFirstSeen" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "timeLastSeen" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "stepRunId" uuid,
    reason public."StepRunEventReason" NOT NULL,
    severity public."StepRunEventSeverity" NOT NULL,
    message text NOT NULL,
    count integer NOT NULL,
    data jsonb,
    "workflowRunId" uuid
);


--
-- Name: StepRunEvent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."StepRunEvent_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: StepRunEvent_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."StepRunEvent_id_seq" OWNED BY public."StepRunEvent".id;


--
-- Name: StepRunExpressionEval; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."StepRunExpressionEval" (
    key text NOT NULL,
    "stepRunId" uuid NOT NULL,
    "valueStr" text,
    "valueInt" integer,
    kind public."StepExpressionKind" NOT NULL
);


--
-- Name: StepRunResultArchive; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."StepRunResultArchive" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "stepRunId" uuid NOT NULL,
    "order" bigint NOT NULL,
    input jsonb,
    output jsonb,
    error text,
    "startedAt" timestamp(3) without time zone,
    "finishedAt" timestamp(3) without time zone,
    "timeoutAt" timestamp(3) without time zone,
    "cancelledAt" timestamp(3) without time zone,
    "cancelledReason" text,
    "cancelledError" text,
    "retryCount" integer DEFAULT 0 NOT NULL
);


--
-- Name: StepRunResultArchive_order_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."StepRunResultArchive_order_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: StepRunResultArchive_order_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."StepRunResultArchive_order_seq" OWNED BY public."StepRunResultArchive"."order";


--
-- Name: StepRun_order_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."StepRun_order_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: StepRun_order_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."StepRun_order_seq" OWNED BY public."StepRun"."order";


--
-- Name: StreamEvent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."StreamEvent" (
    id bigint NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "tenantId" uuid NOT NULL,
    "stepRunId" uuid,
    message bytea NOT NULL,
    metadata jsonb
);


--
-- Name: StreamEvent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."StreamEvent_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: StreamEvent_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."StreamEvent_id_seq" OWNED BY public."StreamEvent".id;


--
-- Name: Tenant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Tenant" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    version public."TenantMajorEngineVersion" DEFAULT 'V1'::public."TenantMajorEngineVersion" NOT NULL,
    "uiVersion" public."TenantMajorUIVersion" DEFAULT 'V0'::public."TenantMajorUIVersion" NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    "analyticsOptOut" boolean DEFAULT false NOT NULL,
    "alertMemberEmails" boolean DEFAULT true NOT NULL,
    "controllerPartitionId" text,
    "workerPartitionId" text,
    "dataRetentionPeriod" text DEFAULT '720h'::text NOT NULL,
    "schedulerPartitionId" text,
    "canUpgradeV1" boolean DEFAULT true NOT NULL,
    "onboardingData" jsonb,
    environment public."TenantEnvironment"
);


--
-- Name: TenantAlertEmailGroup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TenantAlertEmailGroup" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    emails text NOT NULL
);


--
-- Name: TenantAlertingSettings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TenantAlertingSettings" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "maxFrequency" text DEFAULT '1h'::text NOT NULL,
    "lastAlertedAt" timestamp(3) without time zone,
    "tickerId" uuid,
    "enableExpiringTokenAlerts" boolean DEFAULT true NOT NULL,
    "enableWorkflowRunFailureAlerts" boolean DEFAULT false NOT NULL,
    "enableTenantResourceLimitAlerts" boolean DEFAULT true NOT NULL
);


--
-- Name: TenantInviteLink; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TenantInviteLink" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "tenantId" uuid NOT NULL,
    "inviterEmail" text NOT NULL,
    "inviteeEmail" text NOT NULL,
    expires timestamp(3) without time zone NOT NULL,
    status public."InviteLinkStatus" DEFAULT 'PENDING'::public."InviteLinkStatus" NOT NULL,
    role public."TenantMemberRole" DEFAULT 'OWNER'::public."TenantMemberRole" NOT NULL,
    "canViewPayloads" boolean DEFAULT true NOT NULL
);


--
-- Name: TenantMember; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TenantMember" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "tenantId" uuid NOT NULL,
    "userId" uuid NOT NULL,
    role public."TenantMemberRole" NOT NULL,
    "canViewPayloads" boolean DEFAULT true NOT NULL
);


--
-- Name: TenantResourceLimit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TenantResourceLimit" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    resource public."LimitResource" NOT NULL,
    "tenantId" uuid NOT NULL,
    "limitValue" integer NOT NULL,
    "alarmValue" integer,
    value integer DEFAULT 0 NOT NULL,
    "window" text,
    "lastRefill" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "customValueMeter" boolean DEFAULT false NOT NULL
);


--
-- Name: TenantResourceLimitAlert; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TenantResourceLimitAlert" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "resourceLimitId" uuid NOT NULL,
    "tenantId" uuid NOT NULL,
    resource public."LimitResource" NOT NULL,
    "alertType" public."TenantResourceLimitAlertType" NOT NULL,
    value integer NOT NULL,
    "limit" integer NOT NULL
);


--
-- Name: TenantVcsProvider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TenantVcsProvider" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "vcsProvider" public."VcsProvider" NOT NULL,
    config jsonb
);


--
-- Name: TenantWorkerPartition; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TenantWorkerPartition" (
    id text NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "lastHeartbeat" timestamp(3) without time zone,
    name text
);


--
-- Name: Ticker; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Ticker" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "lastHeartbeatAt" timestamp(3) without time zone,
    "isActive" boolean DEFAULT true NOT NULL
);


--
-- Name: TimeoutQueueItem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TimeoutQueueItem" (
    id bigint NOT NULL,
    "stepRunId" uuid NOT NULL,
    "retryCount" integer NOT NULL,
    "timeoutAt" timestamp(3) without time zone NOT NULL,
    "tenantId" uuid NOT NULL,
    "isQueued" boolean NOT NULL
);


--
-- Name: TimeoutQueueItem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."TimeoutQueueItem_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: TimeoutQueueItem_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."TimeoutQueueItem_id_seq" OWNED BY public."TimeoutQueueItem".id;


--
-- Name: User; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."User" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    email text NOT NULL,
    "emailVerified" boolean DEFAULT false NOT NULL,
    name text
);


--
-- Name: UserOAuth; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."UserOAuth" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "userId" uuid NOT NULL,
    provider text NOT NULL,
    "providerUserId" text NOT NULL,
    "expiresAt" timestamp(3) without time zone,
    "accessToken" bytea NOT NULL,
    "refreshToken" bytea
);


--
-- Name: UserPassword; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."UserPassword" (
    hash text NOT NULL,
    "userId" uuid NOT NULL
);


--
-- Name: UserSession; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."UserSession" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "userId" uuid,
    data jsonb,
    "expiresAt" timestamp(3) without time zone NOT NULL
);


--
-- Name: WebhookWorker; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WebhookWorker" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name text NOT NULL,
    secret text NOT NULL,
    url text NOT NULL,
    "tokenValue" text,
    deleted boolean DEFAULT false NOT NULL,
    "tokenId" uuid,
    "tenantId" uuid NOT NULL
);


--
-- Name: WebhookWorkerRequest; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WebhookWorkerRequest" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "webhookWorkerId" uuid NOT NULL,
    method public."WebhookWorkerRequestMethod" NOT NULL,
    "statusCode" integer NOT NULL
);


--
-- Name: WebhookWorkerWorkflow; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WebhookWorkerWorkflow" (
    id uuid NOT NULL,
    "webhookWorkerId" uuid NOT NULL,
    "workflowId" uuid NOT NULL
);


--
-- Name: Worker; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Worker" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "lastHeartbeatAt" timestamp(3) without time zone,
    name text NOT NULL,
    "dispatcherId" uuid,
    "maxRuns" integer DEFAULT 100 NOT NULL,
    "isActive" boolean DEFAULT false NOT NULL,
    "lastListenerEstablished" timestamp(3) without time zone,
    "isPaused" boolean DEFAULT false NOT NULL,
    type public."WorkerType" DEFAULT 'SELFHOSTED'::public."WorkerType" NOT NULL,
    "webhookId" uuid,
    "operatorId" uuid,
    language public."WorkerSDKS",
    "languageVersion" text,
    os text,
    "runtimeExtra" text,
    "sdkVersion" text,
    "durableTaskDispatcherId" uuid,
    "actionHash" bytea
);


--
-- Name: WorkerAssignEvent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkerAssignEvent" (
    id bigint NOT NULL,
    "workerId" uuid,
    "assignedStepRuns" jsonb
);


--
-- Name: WorkerAssignEvent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."WorkerAssignEvent_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: WorkerAssignEvent_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."WorkerAssignEvent_id_seq" OWNED BY public."WorkerAssignEvent".id;


--
-- Name: WorkerLabel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkerLabel" (
    id bigint NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "workerId" uuid NOT NULL,
    key text NOT NULL,
    "strValue" text,
    "intValue" integer
);


--
-- Name: WorkerLabel_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."WorkerLabel_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: WorkerLabel_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."WorkerLabel_id_seq" OWNED BY public."WorkerLabel".id;


--
-- Name: Workflow; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Workflow" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    name text NOT NULL,
    description text,
    "isPaused" boolean DEFAULT false,
    "pausedWorkflowCronRunQueueBehavior" public."WorkflowPauseQueueBehavior",
    "pausedWorkflowScheduledRunQueueBehavior" public."WorkflowPauseQueueBehavior",
    "pausedWorkflowQueueTTL" interval,
    CONSTRAINT "Workflow_PausedWorkflowCheck" CHECK (((("isPaused" = false) AND ("pausedWorkflowCronRunQueueBehavior" IS NULL) AND ("pausedWorkflowScheduledRunQueueBehavior" IS NULL) AND ("pausedWorkflowQueueTTL" IS NULL)) OR (("isPaused" = true) AND ("pausedWorkflowCronRunQueueBehavior" IS NOT NULL) AND ("pausedWorkflowScheduledRunQueueBehavior" IS NOT NULL) AND ("pausedWorkflowQueueTTL" IS NOT NULL))))
);


--
-- Name: WorkflowConcurrency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowConcurrency" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "workflowVersionId" uuid NOT NULL,
    "getConcurrencyGroupId" uuid,
    "maxRuns" integer DEFAULT 1 NOT NULL,
    "limitStrategy" public."ConcurrencyLimitStrategy" DEFAULT 'CANCEL_IN_PROGRESS'::public."ConcurrencyLimitStrategy" NOT NULL,
    "concurrencyGroupExpression" text
);


--
-- Name: WorkflowRun; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowRun" (
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "workflowVersionId" uuid NOT NULL,
    status public."WorkflowRunStatus" DEFAULT 'PENDING'::public."WorkflowRunStatus" NOT NULL,
    error text,
    "startedAt" timestamp(3) without time zone,
    "finishedAt" timestamp(3) without time zone,
    "concurrencyGroupId" text,
    "displayName" text,
    id uuid NOT NULL,
    "childIndex" integer,
    "childKey" text,
    "parentId" uuid,
    "parentStepRunId" uuid,
    "additionalMetadata" jsonb,
    duration bigint,
    priority integer,
    "insertOrder" integer
);


--
-- Name: WorkflowRunDedupe; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowRunDedupe" (
    id bigint NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "tenantId" uuid NOT NULL,
    "workflowId" uuid NOT NULL,
    "workflowRunId" uuid NOT NULL,
    value text NOT NULL
);


--
-- Name: WorkflowRunDedupe_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."WorkflowRunDedupe_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: WorkflowRunDedupe_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."WorkflowRunDedupe_id_seq" OWNED BY public."WorkflowRunDedupe".id;


--
-- Name: WorkflowRunStickyState; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowRunStickyState" (
    id bigint NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "tenantId" uuid NOT NULL,
    "workflowRunId" uuid NOT NULL,
    "desiredWorkerId" uuid,
    strategy public."StickyStrategy" NOT NULL
);


--
-- Name: WorkflowRunStickyState_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."WorkflowRunStickyState_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: WorkflowRunStickyState_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."WorkflowRunStickyState_id_seq" OWNED BY public."WorkflowRunStickyState".id;


--
-- Name: WorkflowRunTriggeredBy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowRunTriggeredBy" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "tenantId" uuid NOT NULL,
    "eventId" uuid,
    "cronParentId" uuid,
    "cronSchedule" text,
    "scheduledId" uuid,
    input jsonb,
    "parentId" uuid NOT NULL,
    "cronName" text
);


--
-- Name: WorkflowTag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowTag" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "tenantId" uuid NOT NULL,
    name text NOT NULL,
    color text DEFAULT '#93C5FD'::text NOT NULL
);


--
-- Name: WorkflowTriggerCronRef; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowTriggerCronRef" (
    "parentId" uuid NOT NULL,
    cron text NOT NULL,
    "tickerId" uuid,
    input jsonb,
    enabled boolean DEFAULT true NOT NULL,
    "additionalMetadata" jsonb,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name text,
    id uuid NOT NULL,
    method public."WorkflowTriggerCronRefMethods" DEFAULT 'DEFAULT'::public."WorkflowTriggerCronRefMethods" NOT NULL,
    priority integer DEFAULT 1 NOT NULL,
    CONSTRAINT "WorkflowTriggerCronRef_priority_check" CHECK (((priority >= 1) AND (priority <= 4)))
);


--
-- Name: WorkflowTriggerEventRef; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowTriggerEventRef" (
    "parentId" uuid NOT NULL,
    "eventKey" text NOT NULL
);


--
-- Name: WorkflowTriggerScheduledRef; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowTriggerScheduledRef" (
    id uuid NOT NULL,
    "parentId" uuid NOT NULL,
    "triggerAt" timestamp(3) without time zone NOT NULL,
    "tickerId" uuid,
    input jsonb,
    "childIndex" integer,
    "childKey" text,
    "parentStepRunId" uuid,
    "parentWorkflowRunId" uuid,
    "additionalMetadata" jsonb,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    method public."WorkflowTriggerScheduledRefMethods" DEFAULT 'DEFAULT'::public."WorkflowTriggerScheduledRefMethods" NOT NULL,
    priority integer DEFAULT 1 NOT NULL,
    CONSTRAINT "WorkflowTriggerScheduledRef_priority_check" CHECK (((priority >= 1) AND (priority <= 4)))
);


--
-- Name: WorkflowTriggers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowTriggers" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    "workflowVersionId" uuid NOT NULL,
    "tenantId" uuid NOT NULL
);


--
-- Name: WorkflowVersion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."WorkflowVersion" (
    id uuid NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "updatedAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "deletedAt" timestamp(3) without time zone,
    version text,
    "order" bigint NOT NULL,
    "workflowId" uuid NOT NULL,
    checksum text NOT NULL,
    "scheduleTimeout" text DEFAULT '5m'::text NOT NULL,
    "onFailureJobId" uuid,
    sticky public."StickyStrategy",
    kind public."WorkflowKind" DEFAULT 'DAG'::public."WorkflowKind" NOT NULL,
    "defaultPriority" integer,
    "createWorkflowVersionOpts" jsonb,
    "inputJsonSchema" jsonb,
    "idempotencyKeyExpression" text,
    "idempotencyKeyTtlMs" bigint,
    "idempotencyMethod" public.idempotency_method,
    "isUsingDagOperator" boolean DEFAULT false NOT NULL,
    "dagShape" jsonb
);


--
-- Name: WorkflowVersion_order_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."WorkflowVersion_order_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: WorkflowVersion_order_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."WorkflowVersion_order_seq" OWNED BY public."WorkflowVersion"."order";


--
-- Name: _ActionToWorker; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."_ActionToWorker" (
    "B" uuid NOT NULL,
    "A" uuid NOT NULL
);


--
-- Name: _ServiceToWorker; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."_ServiceToWorker" (
    "A" uuid NOT NULL,
    "B" uuid NOT NULL
);


--
-- Name: _StepOrder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."_StepOrder" (
    "A" uuid NOT NULL,
    "B" uuid NOT NULL
);


--
-- Name: _StepRunOrder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."_StepRunOrder" (
    "A" uuid NOT NULL,
    "B" uuid NOT NULL
);


--
-- Name: _WorkflowToWorkflowTag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."_WorkflowToWorkflowTag" (
    "A" uuid NOT NULL,
    "B" uuid NOT NULL
);


--
-- Name: steprun_identity_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.steprun_identity_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tenant_entitlement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tenant_entitlement (
    tenant_id uuid NOT NULL,
    audit_logs boolean DEFAULT false NOT NULL,
    prometheus_metrics boolean DEFAULT false NOT NULL,
    strict_additional_metadata_filters boolean DEFAULT false NOT NULL,
    dag_operator boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: v1_batch_runtime; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_batch_runtime (
    tenant_id uuid NOT NULL,
    step_id uuid NOT NULL,
    action_id text NOT NULL,
    batch_key text NOT NULL,
    batch_id uuid NOT NULL,
    started_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: v1_batched_queue_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_batched_queue_item (
    id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    queue text NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    external_id uuid NOT NULL,
    action_id text NOT NULL,
    step_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_run_id uuid NOT NULL,
    schedule_timeout_at timestamp(3) without time zone,
    step_timeout text,
    priority integer DEFAULT 1 NOT NULL,
    sticky public.v1_sticky_strategy NOT NULL,
    desired_worker_id uuid,
    retry_count integer DEFAULT 0 NOT NULL,
    batch_key text NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    payload_size integer DEFAULT 0 NOT NULL
)
WITH (autovacuum_vacuum_scale_factor='0.1', autovacuum_analyze_scale_factor='0.05', autovacuum_vacuum_threshold='25', autovacuum_analyze_threshold='25', autovacuum_vacuum_cost_delay='10', autovacuum_vacuum_cost_limit='1000');


--
-- Name: v1_batched_queue_item_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_batched_queue_item ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_batched_queue_item_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_cel_evaluation_failures_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_cel_evaluation_failures_olap (
    id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    source public.v1_cel_evaluation_failure_source NOT NULL,
    error text NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
)
PARTITION BY RANGE (inserted_at);


--
-- Name: v1_cel_evaluation_failures_olap_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_cel_evaluation_failures_olap ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_cel_evaluation_failures_olap_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_concurrency_slot; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_concurrency_slot (
    sort_id bigint NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    task_retry_count integer NOT NULL,
    external_id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_version_id uuid NOT NULL,
    workflow_run_id uuid NOT NULL,
    strategy_id bigint NOT NULL,
    parent_strategy_id bigint,
    priority integer DEFAULT 1 NOT NULL,
    key text NOT NULL,
    is_filled boolean DEFAULT false NOT NULL,
    next_parent_strategy_ids bigint[],
    next_strategy_ids bigint[],
    next_keys text[],
    queue_to_notify text NOT NULL,
    schedule_timeout_at timestamp(3) without time zone NOT NULL
);


--
-- Name: v1_concurrency_slot_sort_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_concurrency_slot ALTER COLUMN sort_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_concurrency_slot_sort_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_dag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_dag (
    id bigint NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    tenant_id uuid NOT NULL,
    external_id uuid NOT NULL,
    display_name text NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_version_id uuid NOT NULL,
    parent_task_external_id uuid,
    desired_worker_labels jsonb,
    idempotency_key text
)
PARTITION BY RANGE (inserted_at);


--
-- Name: v1_dag_data; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_dag_data (
    dag_id bigint NOT NULL,
    dag_inserted_at timestamp with time zone NOT NULL,
    input jsonb NOT NULL,
    additional_metadata jsonb
);


--
-- Name: v1_dag_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_dag ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_dag_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_dag_to_task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_dag_to_task (
    dag_id bigint NOT NULL,
    dag_inserted_at timestamp with time zone NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL
);


--
-- Name: v1_dag_to_task_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_dag_to_task_olap (
    dag_id bigint NOT NULL,
    dag_inserted_at timestamp with time zone NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL
);


--
-- Name: v1_dags_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_dags_olap (
    id bigint NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    tenant_id uuid NOT NULL,
    external_id uuid NOT NULL,
    display_name text NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_version_id uuid NOT NULL,
    readable_status public.v1_readable_status_olap DEFAULT 'QUEUED'::public.v1_readable_status_olap NOT NULL,
    input jsonb NOT NULL,
    additional_metadata jsonb,
    parent_task_external_id uuid,
    total_tasks integer DEFAULT 1 NOT NULL,
    idempotency_key text
)
PARTITION BY RANGE (inserted_at);


--
-- Name: v1_durable_event_log_branch_point; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_durable_event_log_branch_point (
    tenant_id uuid NOT NULL,
    id bigint NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    durable_task_id bigint NOT NULL,
    durable_task_inserted_at timestamp with time zone NOT NULL,
    first_node_id_in_new_branch bigint NOT NULL,
    parent_branch_id bigint NOT NULL,
    next_branch_id bigint NOT NULL,
    replay_child_external_ids uuid[]
)
PARTITION BY RANGE (durable_task_inserted_at);


--
-- Name: v1_durable_event_log_branch_point_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_durable_event_log_branch_point ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_durable_event_log_branch_point_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_durable_event_log_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_durable_event_log_entry (
    tenant_id uuid NOT NULL,
    external_id uuid NOT NULL,
    result_payload_external_id uuid DEFAULT gen_random_uuid() NOT NULL,
    child_task_external_id uuid,
    child_task_is_failure boolean DEFAULT false NOT NULL,
    child_task_error_message text,
    inserted_at timestamp with time zone NOT NULL,
    id bigint NOT NULL,
    durable_task_id bigint NOT NULL,
    durable_task_inserted_at timestamp with time zone NOT NULL,
    kind public.v1_durable_event_log_kind NOT NULL,
    node_id bigint NOT NULL,
    branch_id bigint NOT NULL,
    idempotency_key bytea NOT NULL,
    is_satisfied boolean DEFAULT false NOT NULL,
    satisfied_at timestamp with time zone,
    satisfied_order bigint,
    user_message text,
    wait_data jsonb,
    triggered_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP
)
PARTITION BY RANGE (durable_task_inserted_at);


--
-- Name: v1_durable_event_log_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_durable_event_log_entry ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_durable_event_log_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_durable_event_log_file; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_durable_event_log_file (
    tenant_id uuid NOT NULL,
    durable_task_id bigint NOT NULL,
    durable_task_inserted_at timestamp with time zone NOT NULL,
    latest_invocation_count integer NOT NULL,
    latest_inserted_at timestamp with time zone NOT NULL,
    latest_node_id bigint NOT NULL,
    latest_branch_id bigint NOT NULL,
    latest_satisfied_order bigint DEFAULT 0 NOT NULL
)
PARTITION BY RANGE (durable_task_inserted_at);


--
-- Name: v1_durable_sleep; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_durable_sleep (
    id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    sleep_until timestamp with time zone NOT NULL,
    sleep_duration text NOT NULL
);


--
-- Name: v1_durable_sleep_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_durable_sleep ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_durable_sleep_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_event (
    id bigint NOT NULL,
    seen_at timestamp with time zone NOT NULL,
    tenant_id uuid NOT NULL,
    external_id uuid DEFAULT gen_random_uuid() NOT NULL,
    key text NOT NULL,
    additional_metadata jsonb,
    scope text,
    triggering_webhook_name text
)
PARTITION BY RANGE (seen_at);


--
-- Name: v1_event_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_event ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_event_lookup_table_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_event_lookup_table_olap (
    tenant_id uuid NOT NULL,
    external_id uuid NOT NULL,
    event_id bigint NOT NULL,
    event_seen_at timestamp with time zone NOT NULL
)
PARTITION BY RANGE (event_seen_at);


--
-- Name: v1_event_to_run_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_event_to_run_olap (
    run_id bigint NOT NULL,
    run_inserted_at timestamp with time zone NOT NULL,
    event_id bigint NOT NULL,
    event_seen_at timestamp with time zone NOT NULL,
    filter_id uuid
)
PARTITION BY RANGE (event_seen_at);


--
-- Name: v1_events_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_events_olap (
    tenant_id uuid NOT NULL,
    id bigint NOT NULL,
    external_id uuid DEFAULT gen_random_uuid() NOT NULL,
    seen_at timestamp with time zone NOT NULL,
    key text NOT NULL,
    payload jsonb NOT NULL,
    additional_metadata jsonb,
    scope text,
    triggering_webhook_name text
)
PARTITION BY RANGE (seen_at);


--
-- Name: v1_events_olap_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_events_olap ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_events_olap_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_filter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_filter (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    tenant_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    scope text NOT NULL,
    expression text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    payload_hash text GENERATED ALWAYS AS (md5((payload)::text)) STORED,
    is_declarative boolean DEFAULT false NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: v1_idempotency_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_idempotency_key (
    tenant_id uuid NOT NULL,
    key text NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    claimed_by_external_id uuid,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: v1_incoming_webhook; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_incoming_webhook (
    tenant_id uuid NOT NULL,
    name text NOT NULL,
    source_name public.v1_incoming_webhook_source_name NOT NULL,
    event_key_expression text NOT NULL,
    scope_expression text,
    static_payload jsonb,
    return_event_as_response_payload boolean DEFAULT true NOT NULL,
    auth_method public.v1_incoming_webhook_auth_type NOT NULL,
    auth__basic__username text,
    auth__basic__password bytea,
    auth__api_key__header_name text,
    auth__api_key__key bytea,
    auth__hmac__algorithm public.v1_incoming_webhook_hmac_algorithm,
    auth__hmac__encoding public.v1_incoming_webhook_hmac_encoding,
    auth__hmac__signature_header_name text,
    auth__hmac__webhook_signing_secret bytea,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT v1_incoming_webhook_check CHECK ((((auth_method = 'BASIC'::public.v1_incoming_webhook_auth_type) AND ((auth__basic__username IS NOT NULL) AND (auth__basic__password IS NOT NULL))) OR ((auth_method = 'API_KEY'::public.v1_incoming_webhook_auth_type) AND ((auth__api_key__header_name IS NOT NULL) AND (auth__api_key__key IS NOT NULL))) OR ((auth_method = 'HMAC'::public.v1_incoming_webhook_auth_type) AND ((auth__hmac__algorithm IS NOT NULL) AND (auth__hmac__encoding IS NOT NULL) AND (auth__hmac__signature_header_name IS NOT NULL) AND (auth__hmac__webhook_signing_secret IS NOT NULL))))),
    CONSTRAINT v1_incoming_webhook_event_key_expression_check CHECK ((length(event_key_expression) > 0)),
    CONSTRAINT v1_incoming_webhook_name_check CHECK ((length(name) > 0)),
    CONSTRAINT v1_incoming_webhook_scope_expression_check CHECK (((scope_expression IS NULL) OR (length(scope_expression) > 0)))
);


--
-- Name: v1_incoming_webhook_validation_failures_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_incoming_webhook_validation_failures_olap (
    id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    incoming_webhook_name text NOT NULL,
    error text NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
)
PARTITION BY RANGE (inserted_at);


--
-- Name: v1_incoming_webhook_validation_failures_olap_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_incoming_webhook_validation_failures_olap ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_incoming_webhook_validation_failures_olap_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_log_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_log_line (
    id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    tenant_id uuid NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    message text NOT NULL,
    level public.v1_log_line_level DEFAULT 'INFO'::public.v1_log_line_level NOT NULL,
    metadata jsonb,
    retry_count integer DEFAULT 0 NOT NULL,
    workflow_id uuid,
    step_id uuid
)
PARTITION BY RANGE (task_inserted_at);


--
-- Name: v1_log_line_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_log_line ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_log_line_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_lookup_table; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_lookup_table (
    tenant_id uuid NOT NULL,
    external_id uuid NOT NULL,
    task_id bigint,
    dag_id bigint,
    inserted_at timestamp with time zone NOT NULL
);


--
-- Name: v1_lookup_table_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_lookup_table_olap (
    tenant_id uuid NOT NULL,
    external_id uuid NOT NULL,
    task_id bigint,
    dag_id bigint,
    inserted_at timestamp with time zone NOT NULL
);


--
-- Name: v1_match; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_match (
    id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    kind public.v1_match_kind NOT NULL,
    is_satisfied boolean DEFAULT false NOT NULL,
    existing_data jsonb,
    signal_task_id bigint,
    signal_task_inserted_at timestamp with time zone,
    signal_task_external_id uuid,
    signal_external_id uuid,
    signal_key text,
    trigger_dag_id bigint,
    trigger_dag_inserted_at timestamp with time zone,
    trigger_step_id uuid,
    trigger_step_index bigint,
    trigger_external_id uuid,
    trigger_workflow_run_id uuid,
    trigger_parent_task_external_id uuid,
    trigger_parent_task_id bigint,
    trigger_parent_task_inserted_at timestamp with time zone,
    trigger_child_index bigint,
    trigger_child_key text,
    trigger_existing_task_id bigint,
    trigger_existing_task_inserted_at timestamp with time zone,
    trigger_priority integer,
    trigger_event_external_id uuid,
    trigger_event_key text,
    trigger_desired_worker_labels jsonb,
    durable_event_log_entry_node_id bigint,
    durable_event_log_entry_branch_id bigint
);


--
-- Name: v1_match_condition; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_match_condition (
    v1_match_id bigint NOT NULL,
    id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    registered_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    event_type public.v1_event_type NOT NULL,
    event_key text NOT NULL,
    event_resource_hint text,
    readable_data_key text NOT NULL,
    is_satisfied boolean DEFAULT false NOT NULL,
    action public.v1_match_condition_action DEFAULT 'QUEUE'::public.v1_match_condition_action NOT NULL,
    or_group_id uuid NOT NULL,
    expression text,
    data jsonb
);


--
-- Name: v1_match_condition_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_match_condition ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_match_condition_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_match_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_match ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_match_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_operation_interval_settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_operation_interval_settings (
    tenant_id uuid NOT NULL,
    operation_id text NOT NULL,
    interval_nanoseconds bigint NOT NULL
);


--
-- Name: v1_operator; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_operator (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    tenant_id uuid NOT NULL,
    name text NOT NULL,
    kind public.v1_operator_kind NOT NULL,
    config jsonb NOT NULL,
    worker_id uuid,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: v1_otel_trace_lookup_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_otel_trace_lookup_olap (
    tenant_id uuid NOT NULL,
    external_id uuid NOT NULL,
    retry_count integer NOT NULL,
    trace_id bytea NOT NULL,
    start_time timestamp with time zone NOT NULL
)
PARTITION BY RANGE (start_time);


--
-- Name: v1_otel_trace_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_otel_trace_olap (
    tenant_id uuid NOT NULL,
    trace_id bytea NOT NULL,
    span_id bytea NOT NULL,
    parent_span_id text,
    span_name text NOT NULL,
    span_kind public.v1_otel_span_kind DEFAULT 'UNSPECIFIED'::public.v1_otel_span_kind NOT NULL,
    service_name text DEFAULT 'unknown'::text NOT NULL,
    status_code public.v1_otel_status_code DEFAULT 'UNSET'::public.v1_otel_status_code NOT NULL,
    status_message text,
    duration_ns bigint DEFAULT 0 NOT NULL,
    resource_attributes jsonb,
    span_attributes jsonb,
    scope_name text,
    scope_version text,
    task_run_external_id uuid,
    workflow_run_external_id uuid,
    retry_count integer DEFAULT 0 NOT NULL,
    start_time timestamp with time zone NOT NULL
)
PARTITION BY RANGE (start_time);


--
-- Name: v1_paused_workflow_queue_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_paused_workflow_queue_item (
    tenant_id uuid NOT NULL,
    queue text NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    external_id uuid NOT NULL,
    action_id text NOT NULL,
    step_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_run_id uuid NOT NULL,
    schedule_timeout_at timestamp(3) without time zone,
    step_timeout text,
    priority integer DEFAULT 1 NOT NULL,
    sticky public.v1_sticky_strategy NOT NULL,
    desired_worker_id uuid,
    retry_count integer DEFAULT 0 NOT NULL,
    desired_worker_label jsonb,
    batch_key text
)
WITH (autovacuum_vacuum_scale_factor='0.1', autovacuum_analyze_scale_factor='0.05', autovacuum_vacuum_threshold='25', autovacuum_analyze_threshold='25', autovacuum_vacuum_cost_delay='10', autovacuum_vacuum_cost_limit='1000');


--
-- Name: v1_payload; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_payload (
    tenant_id uuid NOT NULL,
    id bigint NOT NULL,
    inserted_at timestamp with time zone NOT NULL,
    external_id uuid DEFAULT gen_random_uuid() NOT NULL,
    type public.v1_payload_type NOT NULL,
    location public.v1_payload_location NOT NULL,
    external_location_key text,
    inline_content jsonb,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT v1_payload_check CHECK (((location = 'INLINE'::public.v1_payload_location) OR ((location = 'EXTERNAL'::public.v1_payload_location) AND (inline_content IS NULL) AND (external_location_key IS NOT NULL))))
)
PARTITION BY RANGE (inserted_at);


--
-- Name: v1_payload_cutover_job_offset; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_payload_cutover_job_offset (
    key date NOT NULL,
    is_completed boolean DEFAULT false NOT NULL,
    lease_process_id uuid DEFAULT gen_random_uuid() NOT NULL,
    lease_expires_at timestamp with time zone DEFAULT now() NOT NULL,
    last_external_id uuid DEFAULT '00000000-0000-0000-0000-000000000000'::uuid NOT NULL
);


--
-- Name: v1_payload_offloaded_block_index; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_payload_offloaded_block_index (
    payload_inserted_at_date date NOT NULL,
    block_external_id_range public.uuidrange NOT NULL,
    index_file_key text NOT NULL
);


--
-- Name: v1_payloads_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_payloads_olap (
    tenant_id uuid NOT NULL,
    external_id uuid NOT NULL,
    location public.v1_payload_location_olap NOT NULL,
    external_location_key text,
    inline_content jsonb,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT v1_payloads_olap_check CHECK (((location = 'INLINE'::public.v1_payload_location_olap) OR ((location = 'EXTERNAL'::public.v1_payload_location_olap) AND (inline_content IS NULL) AND (external_location_key IS NOT NULL))))
)
PARTITION BY RANGE (inserted_at);


--
-- Name: v1_payloads_olap_cutover_job_offset; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_payloads_olap_cutover_job_offset (
    key date NOT NULL,
    is_completed boolean DEFAULT false NOT NULL,
    lease_process_id uuid DEFAULT gen_random_uuid() NOT NULL,
    lease_expires_at timestamp with time zone DEFAULT now() NOT NULL,
    last_external_id uuid DEFAULT '00000000-0000-0000-0000-000000000000'::uuid NOT NULL
);


--
-- Name: v1_payloads_olap_offloaded_block_index; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_payloads_olap_offloaded_block_index (
    payload_inserted_at_date date NOT NULL,
    block_external_id_range public.uuidrange NOT NULL,
    index_file_key text NOT NULL
);


--
-- Name: v1_queue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_queue (
    tenant_id uuid NOT NULL,
    name text NOT NULL,
    last_active timestamp(3) without time zone
);


--
-- Name: v1_queue_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_queue_item (
    id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    queue text NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    external_id uuid NOT NULL,
    action_id text NOT NULL,
    step_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_run_id uuid NOT NULL,
    schedule_timeout_at timestamp(3) without time zone,
    step_timeout text,
    priority integer DEFAULT 1 NOT NULL,
    sticky public.v1_sticky_strategy NOT NULL,
    desired_worker_id uuid,
    retry_count integer DEFAULT 0 NOT NULL,
    desired_worker_label jsonb,
    batch_key text
)
WITH (autovacuum_vacuum_scale_factor='0.1', autovacuum_analyze_scale_factor='0.05', autovacuum_vacuum_threshold='25', autovacuum_analyze_threshold='25', autovacuum_vacuum_cost_delay='10', autovacuum_vacuum_cost_limit='1000');


--
-- Name: v1_queue_item_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_queue_item ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_queue_item_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_rate_limited_queue_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_rate_limited_queue_items (
    requeue_after timestamp with time zone NOT NULL,
    tenant_id uuid NOT NULL,
    queue text NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    external_id uuid NOT NULL,
    action_id text NOT NULL,
    step_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_run_id uuid NOT NULL,
    schedule_timeout_at timestamp(3) without time zone,
    step_timeout text,
    priority integer DEFAULT 1 NOT NULL,
    sticky public.v1_sticky_strategy NOT NULL,
    desired_worker_id uuid,
    retry_count integer DEFAULT 0 NOT NULL,
    desired_worker_label jsonb,
    batch_key text
)
WITH (autovacuum_vacuum_scale_factor='0.1', autovacuum_analyze_scale_factor='0.05', autovacuum_vacuum_threshold='25', autovacuum_analyze_threshold='25', autovacuum_vacuum_cost_delay='10', autovacuum_vacuum_cost_limit='1000');


--
-- Name: v1_retry_queue_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_retry_queue_item (
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    task_retry_count integer NOT NULL,
    retry_after timestamp with time zone NOT NULL,
    tenant_id uuid NOT NULL
);


--
-- Name: v1_runs_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_runs_olap (
    tenant_id uuid NOT NULL,
    id bigint NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    external_id uuid DEFAULT gen_random_uuid() NOT NULL,
    readable_status public.v1_readable_status_olap DEFAULT 'QUEUED'::public.v1_readable_status_olap NOT NULL,
    kind public.v1_run_kind NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_version_id uuid NOT NULL,
    additional_metadata jsonb,
    parent_task_external_id uuid,
    idempotency_key text
)
PARTITION BY RANGE (inserted_at);


--
-- Name: v1_statuses_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_statuses_olap (
    external_id uuid NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    tenant_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    kind public.v1_run_kind NOT NULL,
    readable_status public.v1_readable_status_olap DEFAULT 'QUEUED'::public.v1_readable_status_olap NOT NULL
);


--
-- Name: v1_step_batch_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_step_batch_config (
    step_id uuid NOT NULL,
    batch_max_size integer NOT NULL,
    batch_max_interval integer,
    batch_group_key text,
    batch_group_max_runs integer,
    broadcast_output boolean DEFAULT false NOT NULL
);


--
-- Name: v1_step_concurrency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_step_concurrency (
    id bigint NOT NULL,
    parent_strategy_id bigint,
    workflow_id uuid NOT NULL,
    workflow_version_id uuid NOT NULL,
    step_id uuid NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    last_active_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    strategy public.v1_concurrency_strategy NOT NULL,
    expression text NOT NULL,
    tenant_id uuid NOT NULL,
    max_concurrency integer NOT NULL
);


--
-- Name: v1_step_concurrency_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_step_concurrency ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_step_concurrency_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_step_match_condition; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_step_match_condition (
    id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    step_id uuid NOT NULL,
    readable_data_key text NOT NULL,
    action public.v1_match_condition_action DEFAULT 'CREATE'::public.v1_match_condition_action NOT NULL,
    or_group_id uuid NOT NULL,
    expression text,
    kind public.v1_step_match_condition_kind NOT NULL,
    sleep_duration text,
    event_key text,
    parent_readable_id text
);


--
-- Name: v1_step_match_condition_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_step_match_condition ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_step_match_condition_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_step_slot_request; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_step_slot_request (
    tenant_id uuid NOT NULL,
    step_id uuid NOT NULL,
    slot_type text NOT NULL,
    units integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: v1_task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_task (
    id bigint NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    tenant_id uuid NOT NULL,
    queue text NOT NULL,
    action_id text NOT NULL,
    step_id uuid NOT NULL,
    step_readable_id text NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_version_id uuid NOT NULL,
    workflow_run_id uuid NOT NULL,
    schedule_timeout text NOT NULL,
    step_timeout text,
    priority integer DEFAULT 1,
    sticky public.v1_sticky_strategy NOT NULL,
    desired_worker_id uuid,
    external_id uuid NOT NULL,
    display_name text NOT NULL,
    input jsonb NOT NULL,
    retry_count integer DEFAULT 0 NOT NULL,
    internal_retry_count integer DEFAULT 0 NOT NULL,
    app_retry_count integer DEFAULT 0 NOT NULL,
    step_index bigint NOT NULL,
    additional_metadata jsonb,
    dag_id bigint,
    dag_inserted_at timestamp with time zone,
    parent_task_external_id uuid,
    parent_task_id bigint,
    parent_task_inserted_at timestamp with time zone,
    child_index bigint,
    child_key text,
    initial_state public.v1_task_initial_state DEFAULT 'QUEUED'::public.v1_task_initial_state NOT NULL,
    initial_state_reason text,
    concurrency_parent_strategy_ids bigint[],
    concurrency_strategy_ids bigint[],
    concurrency_keys text[],
    batch_key text,
    retry_backoff_factor double precision,
    retry_max_backoff integer,
    is_durable boolean,
    desired_worker_label jsonb,
    triggering_event_external_id uuid,
    triggering_event_key text,
    idempotency_key text,
    is_dag_orchestrator boolean DEFAULT false NOT NULL
)
PARTITION BY RANGE (inserted_at);


--
-- Name: v1_task_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_task_event (
    id bigint NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    tenant_id uuid NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    retry_count integer NOT NULL,
    event_type public.v1_task_event_type NOT NULL,
    event_key text,
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    data jsonb,
    external_id uuid DEFAULT gen_random_uuid() NOT NULL,
    child_external_id uuid
)
PARTITION BY RANGE (task_inserted_at);


--
-- Name: v1_task_event_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_task_event ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_task_event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_task_events_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_task_events_olap (
    tenant_id uuid NOT NULL,
    id bigint NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    external_id uuid DEFAULT gen_random_uuid() NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    event_type public.v1_event_type_olap NOT NULL,
    workflow_id uuid NOT NULL,
    event_timestamp timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    readable_status public.v1_readable_status_olap NOT NULL,
    retry_count integer DEFAULT 0 NOT NULL,
    error_message text,
    output jsonb,
    worker_id uuid,
    additional__event_data text,
    additional__event_message text,
    durable_invocation_count integer DEFAULT 0 NOT NULL
);


--
-- Name: v1_task_events_olap_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_task_events_olap ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_task_events_olap_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_task_events_olap_tmp_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_task_events_olap_tmp ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_task_events_olap_tmp_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_task_expression_eval; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_task_expression_eval (
    key text NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    value_str text,
    value_int integer,
    kind public."StepExpressionKind" NOT NULL
);


--
-- Name: v1_task_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_task ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_task_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_task_runtime; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_task_runtime (
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    retry_count integer NOT NULL,
    worker_id uuid,
    batch_id uuid,
    batch_size integer,
    batch_index integer,
    batch_key text,
    tenant_id uuid NOT NULL,
    timeout_at timestamp(3) without time zone NOT NULL,
    evicted_at timestamp with time zone
)
WITH (autovacuum_vacuum_scale_factor='0.1', autovacuum_analyze_scale_factor='0.05', autovacuum_vacuum_threshold='25', autovacuum_analyze_threshold='25', autovacuum_vacuum_cost_delay='10', autovacuum_vacuum_cost_limit='1000');


--
-- Name: v1_task_runtime_slot; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_task_runtime_slot (
    tenant_id uuid NOT NULL,
    task_id bigint NOT NULL,
    task_inserted_at timestamp with time zone NOT NULL,
    retry_count integer NOT NULL,
    worker_id uuid NOT NULL,
    slot_type text NOT NULL,
    units integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: v1_task_status_updates_tmp_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_task_status_updates_tmp ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_task_status_updates_tmp_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_tasks_olap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_tasks_olap (
    tenant_id uuid NOT NULL,
    id bigint NOT NULL,
    inserted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    external_id uuid DEFAULT gen_random_uuid() NOT NULL,
    queue text NOT NULL,
    action_id text NOT NULL,
    step_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_version_id uuid NOT NULL,
    workflow_run_id uuid NOT NULL,
    schedule_timeout text NOT NULL,
    step_timeout text,
    priority integer DEFAULT 1,
    sticky public.v1_sticky_strategy_olap NOT NULL,
    desired_worker_id uuid,
    display_name text NOT NULL,
    input jsonb NOT NULL,
    additional_metadata jsonb,
    readable_status public.v1_readable_status_olap DEFAULT 'QUEUED'::public.v1_readable_status_olap NOT NULL,
    latest_retry_count integer DEFAULT 0 NOT NULL,
    latest_worker_id uuid,
    dag_id bigint,
    dag_inserted_at timestamp with time zone,
    parent_task_external_id uuid,
    is_durable boolean DEFAULT false NOT NULL,
    idempotency_key text
)
PARTITION BY RANGE (inserted_at);


--
-- Name: v1_worker_slot_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_worker_slot_config (
    tenant_id uuid NOT NULL,
    worker_id uuid NOT NULL,
    slot_type text NOT NULL,
    max_units integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: v1_workflow_concurrency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_workflow_concurrency (
    id bigint NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_version_id uuid NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    strategy public.v1_concurrency_strategy NOT NULL,
    child_strategy_ids bigint[],
    expression text NOT NULL,
    tenant_id uuid NOT NULL,
    max_concurrency integer NOT NULL
);


--
-- Name: v1_workflow_concurrency_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.v1_workflow_concurrency ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.v1_workflow_concurrency_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: v1_workflow_concurrency_slot; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.v1_workflow_concurrency_slot (
    sort_id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    workflow_id uuid NOT NULL,
    workflow_version_id uuid NOT NULL,
    workflow_run_id uuid NOT NULL,
    strategy_id bigint NOT NULL,
    completed_child_strategy_ids bigint[],
    child_strategy_ids bigint[],
    priority integer DEFAULT 1 NOT NULL,
    key text NOT NULL,
    is_filled boolean DEFAULT false NOT NULL
);


--
-- Name: EventKey id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EventKey" ALTER COLUMN id SET DEFAULT nextval('public."EventKey_id_seq"'::regclass);


--
-- Name: InternalQueueItem id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InternalQueueItem" ALTER COLUMN id SET DEFAULT nextval('public."InternalQueueItem_id_seq"'::regclass);


--
-- Name: Lease id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Lease" ALTER COLUMN id SET DEFAULT nextval('public."Lease_id_seq"'::regclass);


--
-- Name: LogLine id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LogLine" ALTER COLUMN id SET DEFAULT nextval('public."LogLine_id_seq"'::regclass);


--
-- Name: Queue id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Queue" ALTER COLUMN id SET DEFAULT nextval('public."Queue_id_seq"'::regclass);


--
-- Name: QueueItem id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."QueueItem" ALTER COLUMN id SET DEFAULT nextval('public."QueueItem_id_seq"'::regclass);


--
-- Name: RetryQueueItem id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RetryQueueItem" ALTER COLUMN id SET DEFAULT nextval('public."RetryQueueItem_id_seq"'::regclass);


--
-- Name: StepDesiredWorkerLabel id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepDesiredWorkerLabel" ALTER COLUMN id SET DEFAULT nextval('public."StepDesiredWorkerLabel_id_seq"'::regclass);


--
-- Name: StepRun order; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepRun" ALTER COLUMN "order" SET DEFAULT nextval('public."StepRun_order_seq"'::regclass);


--
-- Name: StepRunEvent id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepRunEvent" ALTER COLUMN id SET DEFAULT nextval('public."StepRunEvent_id_seq"'::regclass);


--
-- Name: StepRunResultArchive order; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepRunResultArchive" ALTER COLUMN "order" SET DEFAULT nextval('public."StepRunResultArchive_order_seq"'::regclass);


--
-- Name: StreamEvent id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StreamEvent" ALTER COLUMN id SET DEFAULT nextval('public."StreamEvent_id_seq"'::regclass);


--
-- Name: TimeoutQueueItem id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TimeoutQueueItem" ALTER COLUMN id SET DEFAULT nextval('public."TimeoutQueueItem_id_seq"'::regclass);


--
-- Name: WorkerAssignEvent id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkerAssignEvent" ALTER COLUMN id SET DEFAULT nextval('public."WorkerAssignEvent_id_seq"'::regclass);


--
-- Name: WorkerLabel id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkerLabel" ALTER COLUMN id SET DEFAULT nextval('public."WorkerLabel_id_seq"'::regclass);


--
-- Name: WorkflowRunDedupe id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowRunDedupe" ALTER COLUMN id SET DEFAULT nextval('public."WorkflowRunDedupe_id_seq"'::regclass);


--
-- Name: WorkflowRunStickyState id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowRunStickyState" ALTER COLUMN id SET DEFAULT nextval('public."WorkflowRunStickyState_id_seq"'::regclass);


--
-- Name: WorkflowVersion order; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowVersion" ALTER COLUMN "order" SET DEFAULT nextval('public."WorkflowVersion_order_seq"'::regclass);


--
-- Name: APIToken APIToken_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."APIToken"
    ADD CONSTRAINT "APIToken_pkey" PRIMARY KEY (id);


--
-- Name: Action Action_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Action"
    ADD CONSTRAINT "Action_pkey" PRIMARY KEY (id);


--
-- Name: ControllerPartition ControllerPartition_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ControllerPartition"
    ADD CONSTRAINT "ControllerPartition_pkey" PRIMARY KEY (id);


--
-- Name: Dispatcher Dispatcher_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Dispatcher"
    ADD CONSTRAINT "Dispatcher_pkey" PRIMARY KEY (id);


--
-- Name: EventKey EventKey_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EventKey"
    ADD CONSTRAINT "EventKey_pkey" PRIMARY KEY (id);


--
-- Name: Event Event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Event"
    ADD CONSTRAINT "Event_pkey" PRIMARY KEY (id);


--
-- Name: GetGroupKeyRun GetGroupKeyRun_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."GetGroupKeyRun"
    ADD CONSTRAINT "GetGroupKeyRun_pkey" PRIMARY KEY (id);


--
-- Name: InternalQueueItem InternalQueueItem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."InternalQueueItem"
    ADD CONSTRAINT "InternalQueueItem_pkey" PRIMARY KEY (id);


--
-- Name: JobRunLookupData JobRunLookupData_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."JobRunLookupData"
    ADD CONSTRAINT "JobRunLookupData_pkey" PRIMARY KEY (id);


--
-- Name: JobRun JobRun_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."JobRun"
    ADD CONSTRAINT "JobRun_pkey" PRIMARY KEY (id);


--
-- Name: Job Job_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Job"
    ADD CONSTRAINT "Job_pkey" PRIMARY KEY (id);


--
-- Name: Lease Lease_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Lease"
    ADD CONSTRAINT "Lease_pkey" PRIMARY KEY (id);


--
-- Name: LogLine LogLine_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LogLine"
    ADD CONSTRAINT "LogLine_pkey" PRIMARY KEY (id);


--
-- Name: MessageQueueItem MessageQueueItem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MessageQueueItem"
    ADD CONSTRAINT "MessageQueueItem_pkey" PRIMARY KEY (id);


--
-- Name: MessageQueue MessageQueue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MessageQueue"
    ADD CONSTRAINT "MessageQueue_pkey" PRIMARY KEY (name);


--
-- Name: QueueItem QueueItem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."QueueItem"
    ADD CONSTRAINT "QueueItem_pkey" PRIMARY KEY (id);


--
-- Name: Queue Queue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Queue"
    ADD CONSTRAINT "Queue_pkey" PRIMARY KEY (id);


--
-- Name: RetryQueueItem RetryQueueItem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RetryQueueItem"
    ADD CONSTRAINT "RetryQueueItem_pkey" PRIMARY KEY (id);


--
-- Name: SNSIntegration SNSIntegration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SNSIntegration"
    ADD CONSTRAINT "SNSIntegration_pkey" PRIMARY KEY (id);


--
-- Name: SchedulerPartition SchedulerPartition_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SchedulerPartition"
    ADD CONSTRAINT "SchedulerPartition_pkey" PRIMARY KEY (id);


--
-- Name: SecurityCheckIdent SecurityCheckIdent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SecurityCheckIdent"
    ADD CONSTRAINT "SecurityCheckIdent_pkey" PRIMARY KEY (id);


--
-- Name: SemaphoreQueueItem SemaphoreQueueItem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SemaphoreQueueItem"
    ADD CONSTRAINT "SemaphoreQueueItem_pkey" PRIMARY KEY ("stepRunId");


--
-- Name: Service Service_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Service"
    ADD CONSTRAINT "Service_pkey" PRIMARY KEY (id);


--
-- Name: SlackAppWebhook SlackAppWebhook_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SlackAppWebhook"
    ADD CONSTRAINT "SlackAppWebhook_pkey" PRIMARY KEY (id);


--
-- Name: StepDesiredWorkerLabel StepDesiredWorkerLabel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepDesiredWorkerLabel"
    ADD CONSTRAINT "StepDesiredWorkerLabel_pkey" PRIMARY KEY (id);


--
-- Name: StepExpression StepExpression_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepExpression"
    ADD CONSTRAINT "StepExpression_pkey" PRIMARY KEY (key, "stepId", kind);


--
-- Name: StepRunExpressionEval StepRunExpressionEval_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepRunExpressionEval"
    ADD CONSTRAINT "StepRunExpressionEval_pkey" PRIMARY KEY (key, "stepRunId", kind);


--
-- Name: StepRunResultArchive StepRunResultArchive_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepRunResultArchive"
    ADD CONSTRAINT "StepRunResultArchive_pkey" PRIMARY KEY (id);


--
-- Name: StepRun StepRun_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepRun"
    ADD CONSTRAINT "StepRun_pkey" PRIMARY KEY (id);


--
-- Name: Step Step_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Step"
    ADD CONSTRAINT "Step_pkey" PRIMARY KEY (id);


--
-- Name: StreamEvent StreamEvent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StreamEvent"
    ADD CONSTRAINT "StreamEvent_pkey" PRIMARY KEY (id);


--
-- Name: TenantAlertEmailGroup TenantAlertEmailGroup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantAlertEmailGroup"
    ADD CONSTRAINT "TenantAlertEmailGroup_pkey" PRIMARY KEY (id);


--
-- Name: TenantAlertingSettings TenantAlertingSettings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantAlertingSettings"
    ADD CONSTRAINT "TenantAlertingSettings_pkey" PRIMARY KEY (id);


--
-- Name: TenantInviteLink TenantInviteLink_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantInviteLink"
    ADD CONSTRAINT "TenantInviteLink_pkey" PRIMARY KEY (id);


--
-- Name: TenantMember TenantMember_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantMember"
    ADD CONSTRAINT "TenantMember_pkey" PRIMARY KEY (id);


--
-- Name: TenantResourceLimitAlert TenantResourceLimitAlert_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantResourceLimitAlert"
    ADD CONSTRAINT "TenantResourceLimitAlert_pkey" PRIMARY KEY (id);


--
-- Name: TenantResourceLimit TenantResourceLimit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantResourceLimit"
    ADD CONSTRAINT "TenantResourceLimit_pkey" PRIMARY KEY (id);


--
-- Name: TenantVcsProvider TenantVcsProvider_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantVcsProvider"
    ADD CONSTRAINT "TenantVcsProvider_pkey" PRIMARY KEY (id);


--
-- Name: TenantWorkerPartition TenantWorkerPartition_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantWorkerPartition"
    ADD CONSTRAINT "TenantWorkerPartition_pkey" PRIMARY KEY (id);


--
-- Name: Tenant Tenant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Tenant"
    ADD CONSTRAINT "Tenant_pkey" PRIMARY KEY (id);


--
-- Name: Ticker Ticker_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Ticker"
    ADD CONSTRAINT "Ticker_pkey" PRIMARY KEY (id);


--
-- Name: TimeoutQueueItem TimeoutQueueItem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TimeoutQueueItem"
    ADD CONSTRAINT "TimeoutQueueItem_pkey" PRIMARY KEY (id);


--
-- Name: UserOAuth UserOAuth_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserOAuth"
    ADD CONSTRAINT "UserOAuth_pkey" PRIMARY KEY (id);


--
-- Name: UserSession UserSession_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserSession"
    ADD CONSTRAINT "UserSession_pkey" PRIMARY KEY (id);


--
-- Name: User User_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."User"
    ADD CONSTRAINT "User_pkey" PRIMARY KEY (id);


--
-- Name: WebhookWorkerRequest WebhookWorkerRequest_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WebhookWorkerRequest"
    ADD CONSTRAINT "WebhookWorkerRequest_pkey" PRIMARY KEY (id);


--
-- Name: WebhookWorkerWorkflow WebhookWorkerWorkflow_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WebhookWorkerWorkflow"
    ADD CONSTRAINT "WebhookWorkerWorkflow_pkey" PRIMARY KEY (id);


--
-- Name: WebhookWorker WebhookWorker_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WebhookWorker"
    ADD CONSTRAINT "WebhookWorker_pkey" PRIMARY KEY (id);


--
-- Name: WorkerAssignEvent WorkerAssignEvent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkerAssignEvent"
    ADD CONSTRAINT "WorkerAssignEvent_pkey" PRIMARY KEY (id);


--
-- Name: WorkerLabel WorkerLabel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkerLabel"
    ADD CONSTRAINT "WorkerLabel_pkey" PRIMARY KEY (id);


--
-- Name: Worker Worker_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Worker"
    ADD CONSTRAINT "Worker_pkey" PRIMARY KEY (id);


--
-- Name: WorkflowConcurrency WorkflowConcurrency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowConcurrency"
    ADD CONSTRAINT "WorkflowConcurrency_pkey" PRIMARY KEY (id);


--
-- Name: WorkflowRunStickyState WorkflowRunStickyState_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowRunStickyState"
    ADD CONSTRAINT "WorkflowRunStickyState_pkey" PRIMARY KEY (id);


--
-- Name: WorkflowRunTriggeredBy WorkflowRunTriggeredBy_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowRunTriggeredBy"
    ADD CONSTRAINT "WorkflowRunTriggeredBy_pkey" PRIMARY KEY (id);


--
-- Name: WorkflowRun WorkflowRun_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowRun"
    ADD CONSTRAINT "WorkflowRun_pkey" PRIMARY KEY (id);


--
-- Name: WorkflowTag WorkflowTag_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTag"
    ADD CONSTRAINT "WorkflowTag_pkey" PRIMARY KEY (id);


--
-- Name: WorkflowTriggerCronRef WorkflowTriggerCronRef_parentId_cron_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggerCronRef"
    ADD CONSTRAINT "WorkflowTriggerCronRef_parentId_cron_name_key" UNIQUE ("parentId", cron, name);


--
-- Name: WorkflowTriggerCronRef WorkflowTriggerCronRef_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggerCronRef"
    ADD CONSTRAINT "WorkflowTriggerCronRef_pkey" PRIMARY KEY (id);


--
-- Name: WorkflowTriggerScheduledRef WorkflowTriggerScheduledRef_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggerScheduledRef"
    ADD CONSTRAINT "WorkflowTriggerScheduledRef_pkey" PRIMARY KEY (id);


--
-- Name: WorkflowTriggers WorkflowTriggers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggers"
    ADD CONSTRAINT "WorkflowTriggers_pkey" PRIMARY KEY (id);


--
-- Name: WorkflowVersion WorkflowVersion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowVersion"
    ADD CONSTRAINT "WorkflowVersion_pkey" PRIMARY KEY (id);


--
-- Name: Workflow Workflow_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Workflow"
    ADD CONSTRAINT "Workflow_pkey" PRIMARY KEY (id);


--
-- Name: tenant_entitlement tenant_entitlement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenant_entitlement
    ADD CONSTRAINT tenant_entitlement_pkey PRIMARY KEY (tenant_id);


--
-- Name: v1_batch_runtime v1_batch_runtime_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_batch_runtime
    ADD CONSTRAINT v1_batch_runtime_pkey PRIMARY KEY (tenant_id, batch_id);


--
-- Name: v1_batched_queue_item v1_batched_queue_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_batched_queue_item
    ADD CONSTRAINT v1_batched_queue_item_pkey PRIMARY KEY (id);


--
-- Name: v1_batched_queue_item v1_batched_queue_item_task_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_batched_queue_item
    ADD CONSTRAINT v1_batched_queue_item_task_key UNIQUE (task_id, task_inserted_at, retry_count);


--
-- Name: v1_cel_evaluation_failures_olap v1_cel_evaluation_failures_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_cel_evaluation_failures_olap
    ADD CONSTRAINT v1_cel_evaluation_failures_olap_pkey PRIMARY KEY (inserted_at, id);


--
-- Name: v1_concurrency_slot v1_concurrency_slot_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_concurrency_slot
    ADD CONSTRAINT v1_concurrency_slot_pkey PRIMARY KEY (task_id, task_inserted_at, task_retry_count, strategy_id);


--
-- Name: v1_dag_data v1_dag_input_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_dag_data
    ADD CONSTRAINT v1_dag_input_pkey PRIMARY KEY (dag_id, dag_inserted_at);


--
-- Name: v1_dag v1_dag_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_dag
    ADD CONSTRAINT v1_dag_pkey PRIMARY KEY (id, inserted_at);


--
-- Name: v1_dag_to_task_olap v1_dag_to_task_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_dag_to_task_olap
    ADD CONSTRAINT v1_dag_to_task_olap_pkey PRIMARY KEY (dag_id, dag_inserted_at, task_id, task_inserted_at);


--
-- Name: v1_dag_to_task v1_dag_to_task_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_dag_to_task
    ADD CONSTRAINT v1_dag_to_task_pkey PRIMARY KEY (dag_id, dag_inserted_at, task_id, task_inserted_at);


--
-- Name: v1_dags_olap v1_dags_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_dags_olap
    ADD CONSTRAINT v1_dags_olap_pkey PRIMARY KEY (inserted_at, id);


--
-- Name: v1_durable_event_log_branch_point v1_durable_event_log_branch_point_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_durable_event_log_branch_point
    ADD CONSTRAINT v1_durable_event_log_branch_point_pkey PRIMARY KEY (durable_task_id, durable_task_inserted_at, parent_branch_id, first_node_id_in_new_branch, next_branch_id);


--
-- Name: v1_durable_event_log_entry v1_durable_event_log_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_durable_event_log_entry
    ADD CONSTRAINT v1_durable_event_log_entry_pkey PRIMARY KEY (durable_task_id, durable_task_inserted_at, branch_id, node_id);


--
-- Name: v1_durable_event_log_file v1_durable_event_log_file_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_durable_event_log_file
    ADD CONSTRAINT v1_durable_event_log_file_pkey PRIMARY KEY (durable_task_id, durable_task_inserted_at);


--
-- Name: v1_durable_sleep v1_durable_sleep_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_durable_sleep
    ADD CONSTRAINT v1_durable_sleep_pkey PRIMARY KEY (tenant_id, sleep_until, id);


--
-- Name: v1_event_lookup_table_olap v1_event_lookup_table_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_event_lookup_table_olap
    ADD CONSTRAINT v1_event_lookup_table_olap_pkey PRIMARY KEY (tenant_id, external_id, event_seen_at);


--
-- Name: v1_event v1_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_event
    ADD CONSTRAINT v1_event_pkey PRIMARY KEY (tenant_id, seen_at, id);


--
-- Name: v1_event_to_run_olap v1_event_to_run_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_event_to_run_olap
    ADD CONSTRAINT v1_event_to_run_olap_pkey PRIMARY KEY (event_id, event_seen_at, run_id, run_inserted_at);


--
-- Name: v1_events_olap v1_events_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_events_olap
    ADD CONSTRAINT v1_events_olap_pkey PRIMARY KEY (tenant_id, seen_at, id);


--
-- Name: v1_filter v1_filter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_filter
    ADD CONSTRAINT v1_filter_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: v1_idempotency_key v1_idempotency_key_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_idempotency_key
    ADD CONSTRAINT v1_idempotency_key_pkey PRIMARY KEY (tenant_id, key);


--
-- Name: v1_incoming_webhook v1_incoming_webhook_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_incoming_webhook
    ADD CONSTRAINT v1_incoming_webhook_pkey PRIMARY KEY (tenant_id, name);


--
-- Name: v1_incoming_webhook_validation_failures_olap v1_incoming_webhook_validation_failures_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_incoming_webhook_validation_failures_olap
    ADD CONSTRAINT v1_incoming_webhook_validation_failures_olap_pkey PRIMARY KEY (inserted_at, id);


--
-- Name: v1_log_line v1_log_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_log_line
    ADD CONSTRAINT v1_log_line_pkey PRIMARY KEY (task_id, task_inserted_at, id);


--
-- Name: v1_lookup_table_olap v1_lookup_table_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_lookup_table_olap
    ADD CONSTRAINT v1_lookup_table_olap_pkey PRIMARY KEY (external_id);


--
-- Name: v1_lookup_table v1_lookup_table_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_lookup_table
    ADD CONSTRAINT v1_lookup_table_pkey PRIMARY KEY (external_id);


--
-- Name: v1_match_condition v1_match_condition_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_match_condition
    ADD CONSTRAINT v1_match_condition_pkey PRIMARY KEY (v1_match_id, id);


--
-- Name: v1_match v1_match_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_match
    ADD CONSTRAINT v1_match_pkey PRIMARY KEY (id);


--
-- Name: v1_operation_interval_settings v1_operation_interval_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_operation_interval_settings
    ADD CONSTRAINT v1_operation_interval_settings_pkey PRIMARY KEY (tenant_id, operation_id);


--
-- Name: v1_operator v1_operator_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_operator
    ADD CONSTRAINT v1_operator_pkey PRIMARY KEY (id);


--
-- Name: v1_otel_trace_lookup_olap v1_otel_trace_lookup_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_otel_trace_lookup_olap
    ADD CONSTRAINT v1_otel_trace_lookup_olap_pkey PRIMARY KEY (tenant_id, external_id, retry_count, start_time);


--
-- Name: v1_otel_trace_olap v1_otel_trace_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_otel_trace_olap
    ADD CONSTRAINT v1_otel_trace_olap_pkey PRIMARY KEY (tenant_id, trace_id, start_time, span_id);


--
-- Name: v1_paused_workflow_queue_item v1_paused_workflow_queue_itemm_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_paused_workflow_queue_item
    ADD CONSTRAINT v1_paused_workflow_queue_itemm_pkey PRIMARY KEY (task_inserted_at, task_id, retry_count);


--
-- Name: v1_payload_cutover_job_offset v1_payload_cutover_job_offset_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_payload_cutover_job_offset
    ADD CONSTRAINT v1_payload_cutover_job_offset_pkey PRIMARY KEY (key);


--
-- Name: v1_payload_offloaded_block_index v1_payload_offloaded_block_index_date_range_excl; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_payload_offloaded_block_index
    ADD CONSTRAINT v1_payload_offloaded_block_index_date_range_excl EXCLUDE USING gist (payload_inserted_at_date WITH =, block_external_id_range WITH &&);


--
-- Name: v1_payload v1_payload_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_payload
    ADD CONSTRAINT v1_payload_pkey PRIMARY KEY (tenant_id, inserted_at, id, type);


--
-- Name: v1_payloads_olap_cutover_job_offset v1_payloads_olap_cutover_job_offset_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_payloads_olap_cutover_job_offset
    ADD CONSTRAINT v1_payloads_olap_cutover_job_offset_pkey PRIMARY KEY (key);


--
-- Name: v1_payloads_olap_offloaded_block_index v1_payloads_olap_offloaded_block_index_date_range_excl; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_payloads_olap_offloaded_block_index
    ADD CONSTRAINT v1_payloads_olap_offloaded_block_index_date_range_excl EXCLUDE USING gist (payload_inserted_at_date WITH =, block_external_id_range WITH &&);


--
-- Name: v1_payloads_olap v1_payloads_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_payloads_olap
    ADD CONSTRAINT v1_payloads_olap_pkey PRIMARY KEY (tenant_id, external_id, inserted_at);


--
-- Name: v1_queue_item v1_queue_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_queue_item
    ADD CONSTRAINT v1_queue_item_pkey PRIMARY KEY (id);


--
-- Name: v1_queue v1_queue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_queue
    ADD CONSTRAINT v1_queue_pkey PRIMARY KEY (tenant_id, name);


--
-- Name: v1_rate_limited_queue_items v1_rate_limited_queue_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_rate_limited_queue_items
    ADD CONSTRAINT v1_rate_limited_queue_items_pkey PRIMARY KEY (task_id, task_inserted_at, retry_count);


--
-- Name: v1_retry_queue_item v1_retry_queue_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_retry_queue_item
    ADD CONSTRAINT v1_retry_queue_item_pkey PRIMARY KEY (task_id, task_inserted_at, task_retry_count);


--
-- Name: v1_runs_olap v1_runs_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_runs_olap
    ADD CONSTRAINT v1_runs_olap_pkey PRIMARY KEY (inserted_at, id);


--
-- Name: v1_statuses_olap v1_statuses_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_statuses_olap
    ADD CONSTRAINT v1_statuses_olap_pkey PRIMARY KEY (external_id, inserted_at);


--
-- Name: v1_step_batch_config v1_step_batch_config_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_step_batch_config
    ADD CONSTRAINT v1_step_batch_config_pkey PRIMARY KEY (step_id);


--
-- Name: v1_step_concurrency v1_step_concurrency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_step_concurrency
    ADD CONSTRAINT v1_step_concurrency_pkey PRIMARY KEY (workflow_id, workflow_version_id, step_id, id);


--
-- Name: v1_step_match_condition v1_step_match_condition_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_step_match_condition
    ADD CONSTRAINT v1_step_match_condition_pkey PRIMARY KEY (step_id, id);


--
-- Name: v1_step_slot_request v1_step_slot_request_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_step_slot_request
    ADD CONSTRAINT v1_step_slot_request_pkey PRIMARY KEY (tenant_id, step_id, slot_type);


--
-- Name: v1_task_event v1_task_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_task_event
    ADD CONSTRAINT v1_task_event_pkey PRIMARY KEY (task_id, task_inserted_at, id);


--
-- Name: v1_task_events_olap v1_task_events_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_task_events_olap
    ADD CONSTRAINT v1_task_events_olap_pkey PRIMARY KEY (task_id, task_inserted_at, id);


--
-- Name: v1_task_events_olap_tmp v1_task_events_olap_tmp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_task_events_olap_tmp
    ADD CONSTRAINT v1_task_events_olap_tmp_pkey PRIMARY KEY (tenant_id, requeue_after, task_id, id);


--
-- Name: v1_task_expression_eval v1_task_expression_eval_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_task_expression_eval
    ADD CONSTRAINT v1_task_expression_eval_pkey PRIMARY KEY (task_id, task_inserted_at, kind, key);


--
-- Name: v1_task v1_task_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_task
    ADD CONSTRAINT v1_task_pkey PRIMARY KEY (id, inserted_at);


--
-- Name: v1_task_runtime v1_task_runtime_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_task_runtime
    ADD CONSTRAINT v1_task_runtime_pkey PRIMARY KEY (task_id, task_inserted_at, retry_count);


--
-- Name: v1_task_runtime_slot v1_task_runtime_slot_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_task_runtime_slot
    ADD CONSTRAINT v1_task_runtime_slot_pkey PRIMARY KEY (task_id, task_inserted_at, retry_count, slot_type);


--
-- Name: v1_task_status_updates_tmp v1_task_status_updates_tmp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_task_status_updates_tmp
    ADD CONSTRAINT v1_task_status_updates_tmp_pkey PRIMARY KEY (tenant_id, requeue_after, dag_id, id);


--
-- Name: v1_tasks_olap v1_tasks_olap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_tasks_olap
    ADD CONSTRAINT v1_tasks_olap_pkey PRIMARY KEY (inserted_at, id);


--
-- Name: v1_worker_slot_config v1_worker_slot_config_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_worker_slot_config
    ADD CONSTRAINT v1_worker_slot_config_pkey PRIMARY KEY (tenant_id, worker_id, slot_type);


--
-- Name: v1_workflow_concurrency v1_workflow_concurrency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_workflow_concurrency
    ADD CONSTRAINT v1_workflow_concurrency_pkey PRIMARY KEY (workflow_id, workflow_version_id, id);


--
-- Name: v1_workflow_concurrency_slot v1_workflow_concurrency_slot_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.v1_workflow_concurrency_slot
    ADD CONSTRAINT v1_workflow_concurrency_slot_pkey PRIMARY KEY (strategy_id, workflow_version_id, workflow_run_id);


--
-- Name: APIToken_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "APIToken_id_key" ON public."APIToken" USING btree (id);


--
-- Name: Action_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Action_id_key" ON public."Action" USING btree (id);


--
-- Name: Action_tenantId_actionId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Action_tenantId_actionId_key" ON public."Action" USING btree ("tenantId", "actionId");


--
-- Name: ControllerPartition_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "ControllerPartition_id_key" ON public."ControllerPartition" USING btree (id);


--
-- Name: Dispatcher_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Dispatcher_id_key" ON public."Dispatcher" USING btree (id);


--
-- Name: EventKey_key_tenantId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "EventKey_key_tenantId_key" ON public."EventKey" USING btree (key, "tenantId");


--
-- Name: Event_createdAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Event_createdAt_idx" ON public."Event" USING btree ("createdAt");


--
-- Name: Event_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Event_id_key" ON public."Event" USING btree (id);


--
-- Name: Event_tenantId_createdAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Event_tenantId_createdAt_idx" ON public."Event" USING btree ("tenantId", "createdAt");


--
-- Name: Event_tenantId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Event_tenantId_idx" ON public."Event" USING btree ("tenantId");


--
-- Name: GetGroupKeyRun_createdAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "GetGroupKeyRun_createdAt_idx" ON public."GetGroupKeyRun" USING btree ("createdAt");


--
-- Name: GetGroupKeyRun_deletedAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "GetGroupKeyRun_deletedAt_idx" ON public."GetGroupKeyRun" USING btree ("deletedAt");


--
-- Name: GetGroupKeyRun_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "GetGroupKeyRun_id_key" ON public."GetGroupKeyRun" USING btree (id);


--
-- Name: GetGroupKeyRun_status_deletedAt_timeoutAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "GetGroupKeyRun_status_deletedAt_timeoutAt_idx" ON public."GetGroupKeyRun" USING btree (status, "deletedAt", "timeoutAt");


--
-- Name: GetGroupKeyRun_tenantId_deletedAt_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "GetGroupKeyRun_tenantId_deletedAt_status_idx" ON public."GetGroupKeyRun" USING btree ("tenantId", "deletedAt", status);


--
-- Name: GetGroupKeyRun_tenantId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "GetGroupKeyRun_tenantId_idx" ON public."GetGroupKeyRun" USING btree ("tenantId");


--
-- Name: GetGroupKeyRun_workerId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "GetGroupKeyRun_workerId_idx" ON public."GetGroupKeyRun" USING btree ("workerId");


--
-- Name: GetGroupKeyRun_workflowRunId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "GetGroupKeyRun_workflowRunId_key" ON public."GetGroupKeyRun" USING btree ("workflowRunId");


--
-- Name: InternalQueueItem_isQueued_tenantId_queue_priority_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "InternalQueueItem_isQueued_tenantId_queue_priority_id_idx" ON public."InternalQueueItem" USING btree ("isQueued", "tenantId", queue, priority DESC, id);


--
-- Name: InternalQueueItem_tenantId_queue_uniqueKey_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "InternalQueueItem_tenantId_queue_uniqueKey_key" ON public."InternalQueueItem" USING btree ("tenantId", queue, "uniqueKey");


--
-- Name: JobRunLookupData_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "JobRunLookupData_id_key" ON public."JobRunLookupData" USING btree (id);


--
-- Name: JobRunLookupData_jobRunId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "JobRunLookupData_jobRunId_key" ON public."JobRunLookupData" USING btree ("jobRunId");


--
-- Name: JobRunLookupData_jobRunId_tenantId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "JobRunLookupData_jobRunId_tenantId_key" ON public."JobRunLookupData" USING btree ("jobRunId", "tenantId");


--
-- Name: JobRun_deletedAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "JobRun_deletedAt_idx" ON public."JobRun" USING btree ("deletedAt");


--
-- Name: JobRun_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "JobRun_id_key" ON public."JobRun" USING btree (id);


--
-- Name: JobRun_workflowRunId_tenantId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "JobRun_workflowRunId_tenantId_idx" ON public."JobRun" USING btree ("workflowRunId", "tenantId");


--
-- Name: Job_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Job_id_key" ON public."Job" USING btree (id);


--
-- Name: Job_workflowVersionId_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Job_workflowVersionId_name_key" ON public."Job" USING btree ("workflowVersionId", name);


--
-- Name: Lease_tenantId_kind_resourceId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Lease_tenantId_kind_resourceId_key" ON public."Lease" USING btree ("tenantId", kind, "resourceId");


--
-- Name: LogLine_tenantId_stepRunId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "LogLine_tenantId_stepRunId_idx" ON public."LogLine" USING btree ("tenantId", "stepRunId");


--
-- Name: MessageQueueItem_queueId_expiresAt_readAfter_status_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "MessageQueueItem_queueId_expiresAt_readAfter_status_id_idx" ON public."MessageQueueItem" USING btree ("expiresAt", "queueId", "readAfter", status, id);


--
-- Name: QueueItem_isQueued_priority_tenantId_queue_id_idx_2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "QueueItem_isQueued_priority_tenantId_queue_id_idx_2" ON public."QueueItem" USING btree ("isQueued", "tenantId", queue, priority DESC, id);


--
-- Name: Queue_tenantId_lastActive_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Queue_tenantId_lastActive_idx" ON public."Queue" USING btree ("tenantId", "lastActive");


--
-- Name: Queue_tenantId_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Queue_tenantId_name_key" ON public."Queue" USING btree ("tenantId", name);


--
-- Name: RateLimit_tenantId_key_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "RateLimit_tenantId_key_key" ON public."RateLimit" USING btree ("tenantId", key);


--
-- Name: RetryQueueItem_isQueued_tenantId_retryAfter_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "RetryQueueItem_isQueued_tenantId_retryAfter_idx" ON public."RetryQueueItem" USING btree ("isQueued", "tenantId", "retryAfter");


--
-- Name: SNSIntegration_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "SNSIntegration_id_key" ON public."SNSIntegration" USING btree (id);


--
-- Name: SNSIntegration_tenantId_topicArn_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "SNSIntegration_tenantId_topicArn_key" ON public."SNSIntegration" USING btree ("tenantId", "topicArn");


--
-- Name: SchedulerPartition_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "SchedulerPartition_id_key" ON public."SchedulerPartition" USING btree (id);


--
-- Name: SecurityCheckIdent_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "SecurityCheckIdent_id_key" ON public."SecurityCheckIdent" USING btree (id);


--
-- Name: SemaphoreQueueItem_stepRunId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "SemaphoreQueueItem_stepRunId_key" ON public."SemaphoreQueueItem" USING btree ("stepRunId");


--
-- Name: SemaphoreQueueItem_tenantId_workerId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "SemaphoreQueueItem_tenantId_workerId_idx" ON public."SemaphoreQueueItem" USING btree ("tenantId", "workerId");


--
-- Name: Service_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Service_id_key" ON public."Service" USING btree (id);


--
-- Name: Service_tenantId_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Service_tenantId_name_key" ON public."Service" USING btree ("tenantId", name);


--
-- Name: SlackAppWebhook_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "SlackAppWebhook_id_key" ON public."SlackAppWebhook" USING btree (id);


--
-- Name: SlackAppWebhook_tenantId_teamId_channelId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "SlackAppWebhook_tenantId_teamId_channelId_key" ON public."SlackAppWebhook" USING btree ("tenantId", "teamId", "channelId");


--
-- Name: StepDesiredWorkerLabel_stepId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepDesiredWorkerLabel_stepId_idx" ON public."StepDesiredWorkerLabel" USING btree ("stepId");


--
-- Name: StepDesiredWorkerLabel_stepId_key_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "StepDesiredWorkerLabel_stepId_key_key" ON public."StepDesiredWorkerLabel" USING btree ("stepId", key);


--
-- Name: StepExpression_stepId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepExpression_stepId_idx" ON public."StepExpression" USING btree ("stepId");


--
-- Name: StepRateLimit_stepId_rateLimitKey_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "StepRateLimit_stepId_rateLimitKey_key" ON public."StepRateLimit" USING btree ("stepId", "rateLimitKey");


--
-- Name: StepRunEvent_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "StepRunEvent_id_key" ON public."StepRunEvent" USING btree (id);


--
-- Name: StepRunEvent_stepRunId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRunEvent_stepRunId_idx" ON public."StepRunEvent" USING btree ("stepRunId");


--
-- Name: StepRunEvent_workflowRunId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRunEvent_workflowRunId_idx" ON public."StepRunEvent" USING btree ("workflowRunId");


--
-- Name: StepRunExpressionEval_stepRunId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRunExpressionEval_stepRunId_idx" ON public."StepRunExpressionEval" USING btree ("stepRunId");


--
-- Name: StepRunResultArchive_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "StepRunResultArchive_id_key" ON public."StepRunResultArchive" USING btree (id);


--
-- Name: StepRun_createdAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRun_createdAt_idx" ON public."StepRun" USING btree ("createdAt");


--
-- Name: StepRun_deletedAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRun_deletedAt_idx" ON public."StepRun" USING btree ("deletedAt");


--
-- Name: StepRun_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "StepRun_id_key" ON public."StepRun" USING btree (id);


--
-- Name: StepRun_id_tenantId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRun_id_tenantId_idx" ON public."StepRun" USING btree (id, "tenantId");


--
-- Name: StepRun_jobRunId_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRun_jobRunId_status_idx" ON public."StepRun" USING btree ("jobRunId", status);


--
-- Name: StepRun_jobRunId_status_tenantId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRun_jobRunId_status_tenantId_idx" ON public."StepRun" USING btree ("jobRunId", status, "tenantId") WHERE (status = 'PENDING'::public."StepRunStatus");


--
-- Name: StepRun_jobRunId_tenantId_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRun_jobRunId_tenantId_order_idx" ON public."StepRun" USING btree ("jobRunId", "tenantId", "order");


--
-- Name: StepRun_stepId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRun_stepId_idx" ON public."StepRun" USING btree ("stepId");


--
-- Name: StepRun_tenantId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRun_tenantId_idx" ON public."StepRun" USING btree ("tenantId");


--
-- Name: StepRun_workerId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "StepRun_workerId_idx" ON public."StepRun" USING btree ("workerId");


--
-- Name: Step_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Step_id_key" ON public."Step" USING btree (id);


--
-- Name: Step_jobId_readableId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Step_jobId_readableId_key" ON public."Step" USING btree ("jobId", "readableId");


--
-- Name: TenantAlertEmailGroup_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantAlertEmailGroup_id_key" ON public."TenantAlertEmailGroup" USING btree (id);


--
-- Name: TenantAlertingSettings_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantAlertingSettings_id_key" ON public."TenantAlertingSettings" USING btree (id);


--
-- Name: TenantAlertingSettings_tenantId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantAlertingSettings_tenantId_key" ON public."TenantAlertingSettings" USING btree ("tenantId");


--
-- Name: TenantInviteLink_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantInviteLink_id_key" ON public."TenantInviteLink" USING btree (id);


--
-- Name: TenantMember_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantMember_id_key" ON public."TenantMember" USING btree (id);


--
-- Name: TenantMember_tenantId_userId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantMember_tenantId_userId_key" ON public."TenantMember" USING btree ("tenantId", "userId");


--
-- Name: TenantResourceLimitAlert_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantResourceLimitAlert_id_key" ON public."TenantResourceLimitAlert" USING btree (id);


--
-- Name: TenantResourceLimit_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantResourceLimit_id_key" ON public."TenantResourceLimit" USING btree (id);


--
-- Name: TenantResourceLimit_tenantId_resource_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantResourceLimit_tenantId_resource_key" ON public."TenantResourceLimit" USING btree ("tenantId", resource);


--
-- Name: TenantVcsProvider_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantVcsProvider_id_key" ON public."TenantVcsProvider" USING btree (id);


--
-- Name: TenantVcsProvider_tenantId_vcsProvider_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantVcsProvider_tenantId_vcsProvider_key" ON public."TenantVcsProvider" USING btree ("tenantId", "vcsProvider");


--
-- Name: TenantWorkerPartition_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TenantWorkerPartition_id_key" ON public."TenantWorkerPartition" USING btree (id);


--
-- Name: Tenant_controllerPartitionId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Tenant_controllerPartitionId_idx" ON public."Tenant" USING btree ("controllerPartitionId");


--
-- Name: Tenant_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Tenant_id_key" ON public."Tenant" USING btree (id);


--
-- Name: Tenant_slug_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Tenant_slug_key" ON public."Tenant" USING btree (slug);


--
-- Name: Tenant_workerPartitionId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Tenant_workerPartitionId_idx" ON public."Tenant" USING btree ("workerPartitionId");


--
-- Name: Ticker_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Ticker_id_key" ON public."Ticker" USING btree (id);


--
-- Name: TimeoutQueueItem_stepRunId_retryCount_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TimeoutQueueItem_stepRunId_retryCount_key" ON public."TimeoutQueueItem" USING btree ("stepRunId", "retryCount");


--
-- Name: TimeoutQueueItem_tenantId_isQueued_timeoutAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "TimeoutQueueItem_tenantId_isQueued_timeoutAt_idx" ON public."TimeoutQueueItem" USING btree ("tenantId", "isQueued", "timeoutAt");


--
-- Name: UserOAuth_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "UserOAuth_id_key" ON public."UserOAuth" USING btree (id);


--
-- Name: UserOAuth_userId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "UserOAuth_userId_key" ON public."UserOAuth" USING btree ("userId");


--
-- Name: UserOAuth_userId_provider_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "UserOAuth_userId_provider_key" ON public."UserOAuth" USING btree ("userId", provider);


--
-- Name: UserPassword_userId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "UserPassword_userId_key" ON public."UserPassword" USING btree ("userId");


--
-- Name: UserSession_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "UserSession_id_key" ON public."UserSession" USING btree (id);


--
-- Name: User_email_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "User_email_key" ON public."User" USING btree (email);


--
-- Name: User_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "User_id_key" ON public."User" USING btree (id);


--
-- Name: WebhookWorkerRequest_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WebhookWorkerRequest_id_key" ON public."WebhookWorkerRequest" USING btree (id);


--
-- Name: WebhookWorkerWorkflow_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WebhookWorkerWorkflow_id_key" ON public."WebhookWorkerWorkflow" USING btree (id);


--
-- Name: WebhookWorkerWorkflow_webhookWorkerId_workflowId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WebhookWorkerWorkflow_webhookWorkerId_workflowId_key" ON public."WebhookWorkerWorkflow" USING btree ("webhookWorkerId", "workflowId");


--
-- Name: WebhookWorker_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WebhookWorker_id_key" ON public."WebhookWorker" USING btree (id);


--
-- Name: WebhookWorker_url_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WebhookWorker_url_key" ON public."WebhookWorker" USING btree (url);


--
-- Name: WorkerAssignEvent_workerId_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkerAssignEvent_workerId_id_idx" ON public."WorkerAssignEvent" USING btree ("workerId", id);


--
-- Name: WorkerLabel_workerId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkerLabel_workerId_idx" ON public."WorkerLabel" USING btree ("workerId");


--
-- Name: WorkerLabel_workerId_key_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkerLabel_workerId_key_key" ON public."WorkerLabel" USING btree ("workerId", key);


--
-- Name: Worker_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Worker_id_key" ON public."Worker" USING btree (id);


--
-- Name: Worker_tenantId_actionHash_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Worker_tenantId_actionHash_idx" ON public."Worker" USING btree ("tenantId", "actionHash");


--
-- Name: Worker_tenantId_lastHeartbeatAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Worker_tenantId_lastHeartbeatAt_idx" ON public."Worker" USING btree ("tenantId", "lastHeartbeatAt");


--
-- Name: Worker_webhookId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Worker_webhookId_key" ON public."Worker" USING btree ("webhookId");


--
-- Name: WorkflowConcurrency_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowConcurrency_id_key" ON public."WorkflowConcurrency" USING btree (id);


--
-- Name: WorkflowConcurrency_workflowVersionId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowConcurrency_workflowVersionId_key" ON public."WorkflowConcurrency" USING btree ("workflowVersionId");


--
-- Name: WorkflowRunDedupe_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowRunDedupe_id_key" ON public."WorkflowRunDedupe" USING btree (id);


--
-- Name: WorkflowRunDedupe_tenantId_value_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRunDedupe_tenantId_value_idx" ON public."WorkflowRunDedupe" USING btree ("tenantId", value);


--
-- Name: WorkflowRunDedupe_tenantId_workflowId_value_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowRunDedupe_tenantId_workflowId_value_key" ON public."WorkflowRunDedupe" USING btree ("tenantId", "workflowId", value);


--
-- Name: WorkflowRunStickyState_workflowRunId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowRunStickyState_workflowRunId_key" ON public."WorkflowRunStickyState" USING btree ("workflowRunId");


--
-- Name: WorkflowRunTriggeredBy_eventId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRunTriggeredBy_eventId_idx" ON public."WorkflowRunTriggeredBy" USING btree ("eventId");


--
-- Name: WorkflowRunTriggeredBy_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowRunTriggeredBy_id_key" ON public."WorkflowRunTriggeredBy" USING btree (id);


--
-- Name: WorkflowRunTriggeredBy_parentId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRunTriggeredBy_parentId_idx" ON public."WorkflowRunTriggeredBy" USING btree ("parentId");


--
-- Name: WorkflowRunTriggeredBy_parentId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowRunTriggeredBy_parentId_key" ON public."WorkflowRunTriggeredBy" USING btree ("parentId");


--
-- Name: WorkflowRunTriggeredBy_scheduledId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowRunTriggeredBy_scheduledId_key" ON public."WorkflowRunTriggeredBy" USING btree ("scheduledId");


--
-- Name: WorkflowRunTriggeredBy_tenantId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRunTriggeredBy_tenantId_idx" ON public."WorkflowRunTriggeredBy" USING btree ("tenantId");


--
-- Name: WorkflowRun_createdAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRun_createdAt_idx" ON public."WorkflowRun" USING btree ("createdAt");


--
-- Name: WorkflowRun_deletedAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRun_deletedAt_idx" ON public."WorkflowRun" USING btree ("deletedAt");


--
-- Name: WorkflowRun_finishedAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRun_finishedAt_idx" ON public."WorkflowRun" USING btree ("finishedAt");


--
-- Name: WorkflowRun_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowRun_id_key" ON public."WorkflowRun" USING btree (id);


--
-- Name: WorkflowRun_parentId_parentStepRunId_childIndex_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRun_parentId_parentStepRunId_childIndex_key" ON public."WorkflowRun" USING btree ("parentId", "parentStepRunId", "childIndex") WHERE ("deletedAt" IS NULL);


--
-- Name: WorkflowRun_parentId_parentStepRunId_childKey_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowRun_parentId_parentStepRunId_childKey_key" ON public."WorkflowRun" USING btree ("parentId", "parentStepRunId", "childKey");


--
-- Name: WorkflowRun_parentStepRunId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRun_parentStepRunId" ON public."WorkflowRun" USING btree ("parentStepRunId");


--
-- Name: WorkflowRun_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRun_status_idx" ON public."WorkflowRun" USING btree (status);


--
-- Name: WorkflowRun_tenantId_createdAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRun_tenantId_createdAt_idx" ON public."WorkflowRun" USING btree ("tenantId", "createdAt");


--
-- Name: WorkflowRun_tenantId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRun_tenantId_idx" ON public."WorkflowRun" USING btree ("tenantId");


--
-- Name: WorkflowRun_workflowVersionId_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowRun_workflowVersionId_idx" ON public."WorkflowRun" USING btree ("workflowVersionId");


--
-- Name: WorkflowTag_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowTag_id_key" ON public."WorkflowTag" USING btree (id);


--
-- Name: WorkflowTag_tenantId_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowTag_tenantId_name_key" ON public."WorkflowTag" USING btree ("tenantId", name);


--
-- Name: WorkflowTriggerEventRef_parentId_eventKey_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowTriggerEventRef_parentId_eventKey_key" ON public."WorkflowTriggerEventRef" USING btree ("parentId", "eventKey");


--
-- Name: WorkflowTriggerScheduledRef_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowTriggerScheduledRef_id_key" ON public."WorkflowTriggerScheduledRef" USING btree (id);


--
-- Name: WorkflowTriggerScheduledRef_parentId_parentStepRunId_childK_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowTriggerScheduledRef_parentId_parentStepRunId_childK_key" ON public."WorkflowTriggerScheduledRef" USING btree ("parentId", "parentStepRunId", "childKey");


--
-- Name: WorkflowTriggers_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowTriggers_id_key" ON public."WorkflowTriggers" USING btree (id);


--
-- Name: WorkflowTriggers_workflowVersionId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowTriggers_workflowVersionId_key" ON public."WorkflowTriggers" USING btree ("workflowVersionId");


--
-- Name: WorkflowVersion_deletedAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "WorkflowVersion_deletedAt_idx" ON public."WorkflowVersion" USING btree ("deletedAt");


--
-- Name: WorkflowVersion_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowVersion_id_key" ON public."WorkflowVersion" USING btree (id);


--
-- Name: WorkflowVersion_onFailureJobId_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "WorkflowVersion_onFailureJobId_key" ON public."WorkflowVersion" USING btree ("onFailureJobId");


--
-- Name: Workflow_deletedAt_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Workflow_deletedAt_idx" ON public."Workflow" USING btree ("deletedAt");


--
-- Name: Workflow_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Workflow_id_key" ON public."Workflow" USING btree (id);


--
-- Name: Workflow_tenantId_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Workflow_tenantId_name_key" ON public."Workflow" USING btree ("tenantId", name);


--
-- Name: _ActionToWorker_AB_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "_ActionToWorker_AB_unique" ON public."_ActionToWorker" USING btree ("A", "B");


--
-- Name: _ActionToWorker_B_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "_ActionToWorker_B_index" ON public."_ActionToWorker" USING btree ("B");


--
-- Name: _ServiceToWorker_AB_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "_ServiceToWorker_AB_unique" ON public."_ServiceToWorker" USING btree ("A", "B");


--
-- Name: _ServiceToWorker_B_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "_ServiceToWorker_B_index" ON public."_ServiceToWorker" USING btree ("B");


--
-- Name: _StepOrder_AB_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "_StepOrder_AB_unique" ON public."_StepOrder" USING btree ("A", "B");


--
-- Name: _StepOrder_B_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "_StepOrder_B_index" ON public."_StepOrder" USING btree ("B");


--
-- Name: _StepRunOrder_AB_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "_StepRunOrder_AB_unique" ON public."_StepRunOrder" USING btree ("A", "B");


--
-- Name: _StepRunOrder_B_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "_StepRunOrder_B_index" ON public."_StepRunOrder" USING btree ("B");


--
-- Name: _WorkflowToWorkflowTag_AB_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "_WorkflowToWorkflowTag_AB_unique" ON public."_WorkflowToWorkflowTag" USING btree ("A", "B");


--
-- Name: _WorkflowToWorkflowTag_B_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "_WorkflowToWorkflowTag_B_index" ON public."_WorkflowToWorkflowTag" USING btree ("B");


--
-- Name: idx_v1_otel_trace_olap_task_lookup; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_v1_otel_trace_olap_task_lookup ON ONLY public.v1_otel_trace_olap USING btree (tenant_id, task_run_external_id) WHERE (task_run_external_id IS NOT NULL);


--
-- Name: idx_v1_otel_trace_olap_workflow_lookup; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_v1_otel_trace_olap_workflow_lookup ON ONLY public.v1_otel_trace_olap USING btree (tenant_id, workflow_run_external_id) WHERE (workflow_run_external_id IS NOT NULL);


--
-- Name: idx_workflow_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_workflow_tenant_id ON public."Workflow" USING btree ("tenantId");


--
-- Name: idx_workflow_trigger_event_ref_event_key_parent_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_workflow_trigger_event_ref_event_key_parent_id ON public."WorkflowTriggerEventRef" USING btree ("eventKey", "parentId");


--
-- Name: idx_workflow_triggers_workflow_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_workflow_triggers_workflow_version_id ON public."WorkflowTriggers" USING btree ("workflowVersionId");


--
-- Name: idx_workflow_version_workflow_id_order; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_workflow_version_workflow_id_order ON public."WorkflowVersion" USING btree ("workflowId", "order" DESC) WHERE ("deletedAt" IS NULL);


--
-- Name: idx_workflowrun_concurrency; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_workflowrun_concurrency ON public."WorkflowRun" USING btree ("concurrencyGroupId", "createdAt");


--
-- Name: idx_workflowrun_main; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_workflowrun_main ON public."WorkflowRun" USING btree ("tenantId", "deletedAt", status, "workflowVersionId", "createdAt");


--
-- Name: ix_WorkflowTriggerScheduledRef_triggerAt_tickerId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "ix_WorkflowTriggerScheduledRef_triggerAt_tickerId" ON public."WorkflowTriggerScheduledRef" USING btree ("triggerAt", "tickerId");


--
-- Name: ix_user_session_cre_at_exp_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_user_session_cre_at_exp_at ON public."UserSession" USING btree ("createdAt") INCLUDE ("expiresAt");


--
-- Name: ix_v1_runs_olap_additional_metadata_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_v1_runs_olap_additional_metadata_gin ON ONLY public.v1_runs_olap USING gin (additional_metadata jsonb_path_ops);


--
-- Name: ix_v1_runs_olap_idempotency_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_v1_runs_olap_idempotency_key ON ONLY public.v1_runs_olap USING btree (idempotency_key, inserted_at) WHERE (idempotency_key IS NOT NULL);


--
-- Name: ix_v1_runs_olap_parent_task_external_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_v1_runs_olap_parent_task_external_id ON ONLY public.v1_runs_olap USING btree (parent_task_external_id) WHERE (parent_task_external_id IS NOT NULL);


--
-- Name: ix_v1_runs_olap_tenant_ins_at_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_v1_runs_olap_tenant_ins_at_status ON ONLY public.v1_runs_olap USING btree (tenant_id, inserted_at DESC, readable_status);


--
-- Name: ix_v1_tasks_olap_additional_metadata_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_v1_tasks_olap_additional_metadata_gin ON ONLY public.v1_tasks_olap USING gin (additional_metadata jsonb_path_ops);


--
-- Name: ix_v1_tasks_olap_idempotency_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_v1_tasks_olap_idempotency_key ON ONLY public.v1_tasks_olap USING btree (idempotency_key, inserted_at) WHERE (idempotency_key IS NOT NULL);


--
-- Name: v1_batch_runtime_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_batch_runtime_key_idx ON public.v1_batch_runtime USING btree (tenant_id, step_id, batch_key);


--
-- Name: v1_batched_queue_item_step_batch_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_batched_queue_item_step_batch_id_idx ON public.v1_batched_queue_item USING btree (tenant_id, step_id, batch_key, id);


--
-- Name: v1_batched_queue_item_step_priority_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_batched_queue_item_step_priority_idx ON public.v1_batched_queue_item USING btree (tenant_id, step_id, priority DESC, id);


--
-- Name: v1_concurrency_slot_query_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_concurrency_slot_query_idx ON public.v1_concurrency_slot USING btree (tenant_id, strategy_id, key, sort_id);


--
-- Name: v1_concurrency_slot_timeout_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_concurrency_slot_timeout_idx ON public.v1_concurrency_slot USING btree (tenant_id, strategy_id, task_id, task_inserted_at) WHERE (is_filled = false);


--
-- Name: v1_dags_olap_workflow_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_dags_olap_workflow_id_idx ON ONLY public.v1_dags_olap USING btree (tenant_id, workflow_id);


--
-- Name: v1_event_external_id_seen_at; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX v1_event_external_id_seen_at ON ONLY public.v1_event USING btree (external_id, seen_at);


--
-- Name: v1_event_key_scope_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_event_key_scope_idx ON ONLY public.v1_event USING btree (tenant_id, key, scope);


--
-- Name: v1_events_olap_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_events_olap_key_idx ON ONLY public.v1_events_olap USING btree (tenant_id, key);


--
-- Name: v1_events_olap_scope_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_events_olap_scope_idx ON ONLY public.v1_events_olap USING btree (tenant_id, scope) WHERE (scope IS NOT NULL);


--
-- Name: v1_filter_unique_tenant_workflow_id_scope_expression_payload; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX v1_filter_unique_tenant_workflow_id_scope_expression_payload ON public.v1_filter USING btree (tenant_id, workflow_id, scope, expression, payload_hash);


--
-- Name: v1_idempotency_key_expires_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_idempotency_key_expires_at_idx ON public.v1_idempotency_key USING btree (tenant_id, expires_at);


--
-- Name: v1_incoming_webhook_validation_failures_olap_tenant_id_incoming; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_incoming_webhook_validation_failures_olap_tenant_id_incoming ON ONLY public.v1_incoming_webhook_validation_failures_olap USING btree (tenant_id, incoming_webhook_name);


--
-- Name: v1_log_line_tenant_id_level_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_log_line_tenant_id_level_idx ON ONLY public.v1_log_line USING btree (tenant_id, created_at DESC, level);


--
-- Name: v1_match_condition_filter_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_match_condition_filter_idx ON public.v1_match_condition USING btree (tenant_id, event_type, event_key, is_satisfied, event_resource_hint);


--
-- Name: v1_paused_workflow_queue_item_workflow_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_paused_workflow_queue_item_workflow_idx ON public.v1_paused_workflow_queue_item USING btree (workflow_id, tenant_id);


--
-- Name: v1_payload_external_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_payload_external_id_idx ON ONLY public.v1_payload USING btree (external_id);


--
-- Name: v1_payload_offloaded_block_index_uq_index_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX v1_payload_offloaded_block_index_uq_index_key ON public.v1_payload_offloaded_block_index USING btree (index_file_key);


--
-- Name: v1_payloads_olap_external_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_payloads_olap_external_id_idx ON ONLY public.v1_payloads_olap USING btree (external_id);


--
-- Name: v1_payloads_olap_offloaded_block_index_uq_index_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX v1_payloads_olap_offloaded_block_index_uq_index_key ON public.v1_payloads_olap_offloaded_block_index USING btree (index_file_key);


--
-- Name: v1_queue_item_list_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_queue_item_list_idx ON public.v1_queue_item USING btree (tenant_id, queue, priority DESC, id);


--
-- Name: v1_queue_item_task_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX v1_queue_item_task_idx ON public.v1_queue_item USING btree (task_id, task_inserted_at, retry_count);


--
-- Name: v1_rate_limited_queue_items_tenant_requeue_after_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_rate_limited_queue_items_tenant_requeue_after_idx ON public.v1_rate_limited_queue_items USING btree (tenant_id, queue, requeue_after);


--
-- Name: v1_retry_queue_item_tenant_id_retry_after_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_retry_queue_item_tenant_id_retry_after_idx ON public.v1_retry_queue_item USING btree (tenant_id, retry_after);


--
-- Name: v1_step_slot_request_step_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_step_slot_request_step_idx ON public.v1_step_slot_request USING btree (step_id);


--
-- Name: v1_task_event_event_key_unique_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX v1_task_event_event_key_unique_idx ON ONLY public.v1_task_event USING btree (tenant_id, task_id, task_inserted_at, event_type, event_key) WHERE (event_key IS NOT NULL);


--
-- Name: v1_task_events_olap_task_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_task_events_olap_task_id_idx ON public.v1_task_events_olap USING btree (task_id);


--
-- Name: v1_task_runtime_batch_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_task_runtime_batch_id_idx ON public.v1_task_runtime USING btree (batch_id) WHERE (batch_id IS NOT NULL);


--
-- Name: v1_task_runtime_slot_tenant_worker_type_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_task_runtime_slot_tenant_worker_type_idx ON public.v1_task_runtime_slot USING btree (tenant_id, worker_id, slot_type);


--
-- Name: v1_task_runtime_tenant_worker_not_evicted_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_task_runtime_tenant_worker_not_evicted_idx ON public.v1_task_runtime USING btree (tenant_id, worker_id) WHERE (evicted_at IS NULL);


--
-- Name: v1_task_runtime_tenantid_timeoutat_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_task_runtime_tenantid_timeoutat_idx ON public.v1_task_runtime USING btree (tenant_id, timeout_at);


--
-- Name: v1_task_runtime_tenantid_workerid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_task_runtime_tenantid_workerid_idx ON public.v1_task_runtime USING btree (tenant_id, worker_id) WHERE (worker_id IS NOT NULL);


--
-- Name: v1_tasks_olap_worker_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_tasks_olap_worker_id_idx ON ONLY public.v1_tasks_olap USING btree (tenant_id, latest_worker_id) WHERE (latest_worker_id IS NOT NULL);


--
-- Name: v1_tasks_olap_workflow_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_tasks_olap_workflow_id_idx ON ONLY public.v1_tasks_olap USING btree (tenant_id, workflow_id);


--
-- Name: v1_worker_slot_config_worker_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_worker_slot_config_worker_id_idx ON public.v1_worker_slot_config USING btree (worker_id);


--
-- Name: v1_workflow_concurrency_slot_filled_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_workflow_concurrency_slot_filled_idx ON public.v1_workflow_concurrency_slot USING btree (tenant_id, strategy_id, workflow_version_id, workflow_run_id) WHERE (is_filled = true);


--
-- Name: v1_workflow_concurrency_slot_query_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX v1_workflow_concurrency_slot_query_idx ON public.v1_workflow_concurrency_slot USING btree (tenant_id, strategy_id, key, priority DESC, sort_id);


--
-- Name: v1_concurrency_slot after_v1_concurrency_slot_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER after_v1_concurrency_slot_delete AFTER DELETE ON public.v1_concurrency_slot REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION public.after_v1_concurrency_slot_delete_function();


--
-- Name: v1_concurrency_slot after_v1_concurrency_slot_delete_outbox; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER after_v1_concurrency_slot_delete_outbox AFTER DELETE ON public.v1_concurrency_slot REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION public.after_v1_concurrency_slot_delete_outbox_function();


--
-- Name: v1_concurrency_slot after_v1_concurrency_slot_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER after_v1_concurrency_slot_insert AFTER INSERT ON public.v1_concurrency_slot REFERENCING NEW TABLE AS new_table FOR EACH STATEMENT EXECUTE FUNCTION public.after_v1_concurrency_slot_insert_function();


--
-- Name: v1_concurrency_slot after_v1_concurrency_slot_insert_outbox; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER after_v1_concurrency_slot_insert_outbox AFTER INSERT ON public.v1_concurrency_slot REFERENCING NEW TABLE AS new_table FOR EACH STATEMENT EXECUTE FUNCTION public.after_v1_concurrency_slot_insert_outbox_function();


--
-- Name: v1_concurrency_slot after_v1_concurrency_slot_update_outbox; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER after_v1_concurrency_slot_update_outbox AFTER UPDATE ON public.v1_concurrency_slot REFERENCING NEW TABLE AS new_table FOR EACH STATEMENT EXECUTE FUNCTION public.after_v1_concurrency_slot_update_outbox_function();


--
-- Name: v1_task_runtime after_v1_task_runtime_delete_cleanup_batch_runtime; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER after_v1_task_runtime_delete_cleanup_batch_runtime AFTER DELETE ON public.v1_task_runtime REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION public.after_v1_task_runtime_delete_cleanup_batch_runtime_fn();


--
-- Name: WorkflowConcurrency trg_create_v1_step_concurrency; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg_create_v1_step_concurrency AFTER INSERT ON public."WorkflowConcurrency" FOR EACH ROW EXECUTE FUNCTION public.create_v1_step_concurrency();


--
-- Name: v1_concurrency_slot v1_concurrency_slot_update_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_concurrency_slot_update_trigger AFTER UPDATE ON public.v1_concurrency_slot REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table FOR EACH STATEMENT EXECUTE FUNCTION public.v1_concurrency_slot_update_function();


--
-- Name: v1_dag v1_dag_insert_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_dag_insert_trigger AFTER INSERT ON public.v1_dag REFERENCING NEW TABLE AS new_table FOR EACH STATEMENT EXECUTE FUNCTION public.v1_dag_insert_function();


--
-- Name: v1_dags_olap v1_dags_olap_status_delete_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_dags_olap_status_delete_trigger AFTER DELETE ON public.v1_dags_olap REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.v1_dags_olap_delete_function();


--
-- Name: v1_dags_olap v1_dags_olap_status_insert_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_dags_olap_status_insert_trigger AFTER INSERT ON public.v1_dags_olap REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.v1_dags_olap_insert_function();


--
-- Name: v1_dags_olap v1_dags_olap_status_update_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_dags_olap_status_update_trigger AFTER UPDATE ON public.v1_dags_olap REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.v1_dags_olap_status_update_function();


--
-- Name: v1_events_olap v1_event_lookup_table_olap_insert_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_event_lookup_table_olap_insert_trigger AFTER INSERT ON public.v1_events_olap REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.v1_events_lookup_table_olap_insert_function();


--
-- Name: v1_retry_queue_item v1_retry_queue_item_delete_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_retry_queue_item_delete_trigger AFTER DELETE ON public.v1_retry_queue_item REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION public.v1_retry_queue_item_delete_function();


--
-- Name: v1_runs_olap v1_runs_olap_status_insert_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_runs_olap_status_insert_trigger AFTER INSERT ON public.v1_runs_olap REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.v1_runs_olap_insert_function();


--
-- Name: v1_runs_olap v1_runs_olap_status_update_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_runs_olap_status_update_trigger AFTER UPDATE ON public.v1_runs_olap REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.v1_runs_olap_status_update_function();


--
-- Name: v1_task v1_task_insert_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_task_insert_trigger AFTER INSERT ON public.v1_task REFERENCING NEW TABLE AS new_table FOR EACH STATEMENT EXECUTE FUNCTION public.v1_task_insert_function();


--
-- Name: v1_task v1_task_update_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_task_update_trigger AFTER UPDATE ON public.v1_task REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table FOR EACH STATEMENT EXECUTE FUNCTION public.v1_task_update_function();


--
-- Name: v1_tasks_olap v1_tasks_olap_status_delete_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_tasks_olap_status_delete_trigger AFTER DELETE ON public.v1_tasks_olap REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.v1_tasks_olap_delete_function();


--
-- Name: v1_tasks_olap v1_tasks_olap_status_insert_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_tasks_olap_status_insert_trigger AFTER INSERT ON public.v1_tasks_olap REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.v1_tasks_olap_insert_function();


--
-- Name: v1_tasks_olap v1_tasks_olap_status_update_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER v1_tasks_olap_status_update_trigger AFTER UPDATE ON public.v1_tasks_olap REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.v1_tasks_olap_status_update_function();


--
-- Name: APIToken APIToken_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."APIToken"
    ADD CONSTRAINT "APIToken_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Action Action_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Action"
    ADD CONSTRAINT "Action_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Event Event_replayedFromId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Event"
    ADD CONSTRAINT "Event_replayedFromId_fkey" FOREIGN KEY ("replayedFromId") REFERENCES public."Event"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: GetGroupKeyRun GetGroupKeyRun_tickerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."GetGroupKeyRun"
    ADD CONSTRAINT "GetGroupKeyRun_tickerId_fkey" FOREIGN KEY ("tickerId") REFERENCES public."Ticker"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: GetGroupKeyRun GetGroupKeyRun_workerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."GetGroupKeyRun"
    ADD CONSTRAINT "GetGroupKeyRun_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES public."Worker"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: GetGroupKeyRun GetGroupKeyRun_workflowRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."GetGroupKeyRun"
    ADD CONSTRAINT "GetGroupKeyRun_workflowRunId_fkey" FOREIGN KEY ("workflowRunId") REFERENCES public."WorkflowRun"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: JobRunLookupData JobRunLookupData_jobRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."JobRunLookupData"
    ADD CONSTRAINT "JobRunLookupData_jobRunId_fkey" FOREIGN KEY ("jobRunId") REFERENCES public."JobRun"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: JobRun JobRun_workflowRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."JobRun"
    ADD CONSTRAINT "JobRun_workflowRunId_fkey" FOREIGN KEY ("workflowRunId") REFERENCES public."WorkflowRun"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Job Job_workflowVersionId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Job"
    ADD CONSTRAINT "Job_workflowVersionId_fkey" FOREIGN KEY ("workflowVersionId") REFERENCES public."WorkflowVersion"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: LogLine LogLine_stepRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LogLine"
    ADD CONSTRAINT "LogLine_stepRunId_fkey" FOREIGN KEY ("stepRunId") REFERENCES public."StepRun"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: MessageQueueItem MessageQueueItem_queueId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MessageQueueItem"
    ADD CONSTRAINT "MessageQueueItem_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES public."MessageQueue"(name) ON DELETE SET NULL;


--
-- Name: SNSIntegration SNSIntegration_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SNSIntegration"
    ADD CONSTRAINT "SNSIntegration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Service Service_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Service"
    ADD CONSTRAINT "Service_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: SlackAppWebhook SlackAppWebhook_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SlackAppWebhook"
    ADD CONSTRAINT "SlackAppWebhook_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: StepDesiredWorkerLabel StepDesiredWorkerLabel_stepId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepDesiredWorkerLabel"
    ADD CONSTRAINT "StepDesiredWorkerLabel_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES public."Step"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: StepRateLimit StepRateLimit_tenantId_rateLimitKey_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepRateLimit"
    ADD CONSTRAINT "StepRateLimit_tenantId_rateLimitKey_fkey" FOREIGN KEY ("tenantId", "rateLimitKey") REFERENCES public."RateLimit"("tenantId", key) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: StepRunResultArchive StepRunResultArchive_stepRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepRunResultArchive"
    ADD CONSTRAINT "StepRunResultArchive_stepRunId_fkey" FOREIGN KEY ("stepRunId") REFERENCES public."StepRun"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: StepRun StepRun_jobRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepRun"
    ADD CONSTRAINT "StepRun_jobRunId_fkey" FOREIGN KEY ("jobRunId") REFERENCES public."JobRun"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: StepRun StepRun_workerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StepRun"
    ADD CONSTRAINT "StepRun_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES public."Worker"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Step Step_actionId_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Step"
    ADD CONSTRAINT "Step_actionId_tenantId_fkey" FOREIGN KEY ("actionId", "tenantId") REFERENCES public."Action"("actionId", "tenantId") ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: Step Step_jobId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Step"
    ADD CONSTRAINT "Step_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES public."Job"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: StreamEvent StreamEvent_stepRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."StreamEvent"
    ADD CONSTRAINT "StreamEvent_stepRunId_fkey" FOREIGN KEY ("stepRunId") REFERENCES public."StepRun"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: TenantAlertEmailGroup TenantAlertEmailGroup_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantAlertEmailGroup"
    ADD CONSTRAINT "TenantAlertEmailGroup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TenantAlertingSettings TenantAlertingSettings_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantAlertingSettings"
    ADD CONSTRAINT "TenantAlertingSettings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TenantAlertingSettings TenantAlertingSettings_tickerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantAlertingSettings"
    ADD CONSTRAINT "TenantAlertingSettings_tickerId_fkey" FOREIGN KEY ("tickerId") REFERENCES public."Ticker"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: TenantInviteLink TenantInviteLink_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantInviteLink"
    ADD CONSTRAINT "TenantInviteLink_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TenantMember TenantMember_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantMember"
    ADD CONSTRAINT "TenantMember_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TenantMember TenantMember_userId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantMember"
    ADD CONSTRAINT "TenantMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TenantResourceLimitAlert TenantResourceLimitAlert_resourceLimitId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantResourceLimitAlert"
    ADD CONSTRAINT "TenantResourceLimitAlert_resourceLimitId_fkey" FOREIGN KEY ("resourceLimitId") REFERENCES public."TenantResourceLimit"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TenantResourceLimitAlert TenantResourceLimitAlert_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantResourceLimitAlert"
    ADD CONSTRAINT "TenantResourceLimitAlert_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TenantResourceLimit TenantResourceLimit_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantResourceLimit"
    ADD CONSTRAINT "TenantResourceLimit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TenantVcsProvider TenantVcsProvider_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TenantVcsProvider"
    ADD CONSTRAINT "TenantVcsProvider_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Tenant Tenant_controllerPartitionId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Tenant"
    ADD CONSTRAINT "Tenant_controllerPartitionId_fkey" FOREIGN KEY ("controllerPartitionId") REFERENCES public."ControllerPartition"(id) ON UPDATE SET NULL ON DELETE SET NULL;


--
-- Name: Tenant Tenant_schedulerPartitionId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Tenant"
    ADD CONSTRAINT "Tenant_schedulerPartitionId_fkey" FOREIGN KEY ("schedulerPartitionId") REFERENCES public."SchedulerPartition"(id) ON UPDATE SET NULL ON DELETE SET NULL;


--
-- Name: Tenant Tenant_workerPartitionId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Tenant"
    ADD CONSTRAINT "Tenant_workerPartitionId_fkey" FOREIGN KEY ("workerPartitionId") REFERENCES public."TenantWorkerPartition"(id) ON UPDATE SET NULL ON DELETE SET NULL;


--
-- Name: UserOAuth UserOAuth_userId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserOAuth"
    ADD CONSTRAINT "UserOAuth_userId_fkey" FOREIGN KEY ("userId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: UserPassword UserPassword_userId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserPassword"
    ADD CONSTRAINT "UserPassword_userId_fkey" FOREIGN KEY ("userId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: UserSession UserSession_userId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserSession"
    ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WebhookWorkerRequest WebhookWorkerRequest_webhookWorkerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WebhookWorkerRequest"
    ADD CONSTRAINT "WebhookWorkerRequest_webhookWorkerId_fkey" FOREIGN KEY ("webhookWorkerId") REFERENCES public."WebhookWorker"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WebhookWorkerWorkflow WebhookWorkerWorkflow_webhookWorkerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WebhookWorkerWorkflow"
    ADD CONSTRAINT "WebhookWorkerWorkflow_webhookWorkerId_fkey" FOREIGN KEY ("webhookWorkerId") REFERENCES public."WebhookWorker"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WebhookWorkerWorkflow WebhookWorkerWorkflow_workflowId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WebhookWorkerWorkflow"
    ADD CONSTRAINT "WebhookWorkerWorkflow_workflowId_fkey" FOREIGN KEY ("workflowId") REFERENCES public."Workflow"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WebhookWorker WebhookWorker_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WebhookWorker"
    ADD CONSTRAINT "WebhookWorker_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WebhookWorker WebhookWorker_tokenId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WebhookWorker"
    ADD CONSTRAINT "WebhookWorker_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES public."APIToken"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WorkerAssignEvent WorkerAssignEvent_workerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkerAssignEvent"
    ADD CONSTRAINT "WorkerAssignEvent_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES public."Worker"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkerLabel WorkerLabel_workerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkerLabel"
    ADD CONSTRAINT "WorkerLabel_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES public."Worker"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Worker Worker_dispatcherId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Worker"
    ADD CONSTRAINT "Worker_dispatcherId_fkey" FOREIGN KEY ("dispatcherId") REFERENCES public."Dispatcher"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Worker Worker_webhookId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Worker"
    ADD CONSTRAINT "Worker_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES public."WebhookWorker"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowConcurrency WorkflowConcurrency_getConcurrencyGroupId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowConcurrency"
    ADD CONSTRAINT "WorkflowConcurrency_getConcurrencyGroupId_fkey" FOREIGN KEY ("getConcurrencyGroupId") REFERENCES public."Action"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowConcurrency WorkflowConcurrency_workflowVersionId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowConcurrency"
    ADD CONSTRAINT "WorkflowConcurrency_workflowVersionId_fkey" FOREIGN KEY ("workflowVersionId") REFERENCES public."WorkflowVersion"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WorkflowRunStickyState WorkflowRunStickyState_workflowRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowRunStickyState"
    ADD CONSTRAINT "WorkflowRunStickyState_workflowRunId_fkey" FOREIGN KEY ("workflowRunId") REFERENCES public."WorkflowRun"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WorkflowRunTriggeredBy WorkflowRunTriggeredBy_cronParentId_cronSchedule_cronName_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowRunTriggeredBy"
    ADD CONSTRAINT "WorkflowRunTriggeredBy_cronParentId_cronSchedule_cronName_fkey" FOREIGN KEY ("cronParentId", "cronSchedule", "cronName") REFERENCES public."WorkflowTriggerCronRef"("parentId", cron, name) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowRunTriggeredBy WorkflowRunTriggeredBy_scheduledId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowRunTriggeredBy"
    ADD CONSTRAINT "WorkflowRunTriggeredBy_scheduledId_fkey" FOREIGN KEY ("scheduledId") REFERENCES public."WorkflowTriggerScheduledRef"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowRun WorkflowRun_parentId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowRun"
    ADD CONSTRAINT "WorkflowRun_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES public."WorkflowRun"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowRun WorkflowRun_parentStepRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowRun"
    ADD CONSTRAINT "WorkflowRun_parentStepRunId_fkey" FOREIGN KEY ("parentStepRunId") REFERENCES public."StepRun"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowTag WorkflowTag_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTag"
    ADD CONSTRAINT "WorkflowTag_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WorkflowTriggerCronRef WorkflowTriggerCronRef_parentId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggerCronRef"
    ADD CONSTRAINT "WorkflowTriggerCronRef_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES public."WorkflowTriggers"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WorkflowTriggerCronRef WorkflowTriggerCronRef_tickerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggerCronRef"
    ADD CONSTRAINT "WorkflowTriggerCronRef_tickerId_fkey" FOREIGN KEY ("tickerId") REFERENCES public."Ticker"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowTriggerEventRef WorkflowTriggerEventRef_parentId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggerEventRef"
    ADD CONSTRAINT "WorkflowTriggerEventRef_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES public."WorkflowTriggers"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WorkflowTriggerScheduledRef WorkflowTriggerScheduledRef_parentId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggerScheduledRef"
    ADD CONSTRAINT "WorkflowTriggerScheduledRef_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES public."WorkflowVersion"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WorkflowTriggerScheduledRef WorkflowTriggerScheduledRef_parentStepRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggerScheduledRef"
    ADD CONSTRAINT "WorkflowTriggerScheduledRef_parentStepRunId_fkey" FOREIGN KEY ("parentStepRunId") REFERENCES public."StepRun"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowTriggerScheduledRef WorkflowTriggerScheduledRef_parentWorkflowRunId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggerScheduledRef"
    ADD CONSTRAINT "WorkflowTriggerScheduledRef_parentWorkflowRunId_fkey" FOREIGN KEY ("parentWorkflowRunId") REFERENCES public."WorkflowRun"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowTriggerScheduledRef WorkflowTriggerScheduledRef_tickerId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggerScheduledRef"
    ADD CONSTRAINT "WorkflowTriggerScheduledRef_tickerId_fkey" FOREIGN KEY ("tickerId") REFERENCES public."Ticker"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowTriggers WorkflowTriggers_tenantId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggers"
    ADD CONSTRAINT "WorkflowTriggers_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES public."Tenant"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WorkflowTriggers WorkflowTriggers_workflowVersionId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowTriggers"
    ADD CONSTRAINT "WorkflowTriggers_workflowVersionId_fkey" FOREIGN KEY ("workflowVersionId") REFERENCES public."WorkflowVersion"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: WorkflowVersion WorkflowVersion_onFailureJobId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowVersion"
    ADD CONSTRAINT "WorkflowVersion_onFailureJobId_fkey" FOREIGN KEY ("onFailureJobId") REFERENCES public."Job"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: WorkflowVersion WorkflowVersion_workflowId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."WorkflowVersion"
    ADD CONSTRAINT "WorkflowVersion_workflowId_fkey" FOREIGN KEY ("workflowId") REFERENCES public."Workflow"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _ActionToWorker _ActionToWorker_A_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."_ActionToWorker"
    ADD CONSTRAINT "_ActionToWorker_A_fkey" FOREIGN KEY ("A") REFERENCES public."Action"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _ActionToWorker _ActionToWorker_B_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."_ActionToWorker"
    ADD CONSTRAINT "_ActionToWorker_B_fkey" FOREIGN KEY ("B") REFERENCES public."Worker"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _ServiceToWorker _ServiceToWorker_A_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."_ServiceToWorker"
    ADD CONSTRAINT "_ServiceToWorker_A_fkey" FOREIGN KEY ("A") REFERENCES public."Service"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _ServiceToWorker _ServiceToWorker_B_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."_ServiceToWorker"
    ADD CONSTRAINT "_ServiceToWorker_B_fkey" FOREIGN KEY ("B") REFERENCES public."Worker"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _StepOrder _StepOrder_A_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."_StepOrder"
    ADD CONSTRAINT "_StepOrder_A_fkey" FOREIGN KEY ("A") REFERENCES public."Step"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _StepOrder _StepOrder_B_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."_StepOrder"
    ADD CONSTRAINT "_StepOrder_B_fkey" FOREIGN KEY ("B") REFERENCES public."Step"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _StepRunOrder _StepRunOrder_A_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."_StepRunOrder"
    ADD CONSTRAINT "_StepRunOrder_A_fkey" FOREIGN KEY ("A") REFERENCES public."StepRun"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _StepRunOrder _StepRunOrder_B_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."_StepRunOrder"
    ADD CONSTRAINT "_StepRunOrder_B_fkey" FOREIGN KEY ("B") REFERENCES public."StepRun"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _WorkflowToWorkflowTag _WorkflowToWorkflowTag_A_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."_WorkflowToWorkflowTag"
    ADD CONSTRAINT "_WorkflowToWorkflowTag_A_fkey" FOREIGN KEY ("A") REFERENCES public."Workflow"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _WorkflowToWorkflowTag _WorkflowToWorkflowTag_B_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."_WorkflowToWorkflowTag"
    ADD CONSTRAINT "_WorkflowToWorkflowTag_B_fkey" FOREIGN KEY ("B") REFERENCES public."WorkflowTag"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict qseb9vd5G6AIGafNDrms9ybkICEoTcXV94YXOGcO1CnBnG8fimnLWLSXHXoFzER

