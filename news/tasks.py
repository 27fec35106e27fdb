"""Jobs of the newsroom: the publication sweep and the workflow's e-mails."""

import logging

from celery import shared_task
from django.conf import settings

logger = logging.getLogger(__name__)


@shared_task(name="news.publish_due", ignore_result=True)
def publish_due_task() -> None:
    """Process due and expired articles, announcements and schedule weeks; idempotent, so running it twice or late is harmless."""
    from news.services.announcements import announcements_sweep, work_weeks_sweep
    from news.services.articles import articles_expire, articles_go_live

    live = articles_go_live()
    expired = articles_expire()
    notices = announcements_sweep()
    weeks = work_weeks_sweep()
    if live or expired or notices or weeks:
        logger.info(
            "publish_due: %s went live, %s expired, announcements %s, schedule weeks %s", live, expired, notices, weeks
        )


@shared_task(name="news.related_refresh", ignore_result=True)
def related_refresh_task(*, article_id: int) -> None:
    """Store an article's related news (on go-live and after edits of what they depend on)."""
    from news.services.articles import article_related_refresh

    article_related_refresh(article_id=article_id)


@shared_task(
    name="news.notify_event",
    ignore_result=True,
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_kwargs={"max_retries": 5},
)
def notify_event_task(*, event_id: int) -> None:
    """Mail the people a workflow step concerns (editors on a submission, the author when sent
    back or gone live); once per step, however often the task runs."""
    from news.notifications import event_mail_once

    event_mail_once(event_id=event_id)


@shared_task(
    name="news.notify_period",
    ignore_result=True,
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_kwargs={"max_retries": 5},
)
def notify_period_task(*, period_id: int) -> None:
    """Tell the leaders a royalty statement awaits their approval; once per submission."""
    from news.notifications import period_mail_once

    period_mail_once(period_id=period_id)


@shared_task(name="news.flush_views", ignore_result=True)
def flush_views_task() -> None:
    """Write the view counts buffered in Redis to the database (every minute)."""
    from news.counters import flush_views

    if settings.REDIS_URL:
        flush_views()


@shared_task(name="news.document_file_read", ignore_result=True)
def document_file_read_task(*, file_id: int) -> None:
    """Read the text of a document's file for search (after an upload); safe to run twice or late."""
    from news.services.documents import document_file_read

    document_file_read(file_id=file_id)


@shared_task(name="news.documents_sweep", ignore_result=True)
def documents_sweep_task() -> None:
    """Bring the documents' status up to date with the calendar (expired, in force...) and read the
    files whose reading task was lost; idempotent, so running it twice or late is harmless."""
    from news.services.documents import document_files_read_overdue, documents_status_refresh

    changed = documents_status_refresh()
    read = document_files_read_overdue()
    if changed or read:
        logger.info("documents_sweep: %s documents changed status, files %s read late", changed, read)


@shared_task(name="news.video_process", ignore_result=True, soft_time_limit=300, time_limit=330)
def video_process_task(*, video_id: int) -> None:
    """Check an uploaded video and cut its poster; safe to run twice or late (the row is claimed)."""
    from news.services.media import video_process

    video_process(video_id=video_id)


@shared_task(name="news.site_import_run", ignore_result=True, soft_time_limit=3000, time_limit=3300)
def site_import_run_task(*, run_id: int) -> None:
    """Import an old site's export asked for in the admin; safe to run twice or late (the run is claimed)."""
    from news.services.site_import import site_import_run

    site_import_run(run_id=run_id)
