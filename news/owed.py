"""What the newsroom's rows may still owe, for the owed-work sweep (portal/owed.py)."""

from django.utils.translation import gettext_lazy as _

from portal.owed import MAILS_OWED_WITHIN, OWED_AFTER, OwedWork, register
from portal.services.images import image_renditions_make

from .enums import ArticleStatus, RoyaltyPeriodStatus
from .models import AlbumPhoto, Article, ArticleEvent, ArticleImage, RoyaltyPeriod, Video
from .notifications import MAILED_ACTIONS, event_mail_once, period_mail_once
from .services.articles import article_related_refresh
from .services.media import video_process, videos_owed
from .services.site_import import site_import_run_queue, site_import_runs_owed

register(
    OwedWork(
        name="news.event_mails",
        label=_("Thư của các bước duyệt bài (gửi duyệt, trả lại, đã đăng)"),
        owed=lambda now: ArticleEvent.objects.filter(
            mailed_at__isnull=True, action__in=MAILED_ACTIONS, at__lte=now - OWED_AFTER, at__gte=now - MAILS_OWED_WITHIN
        ).order_by("at", "pk"),
        do=lambda pk: event_mail_once(event_id=pk),
    )
)
register(
    OwedWork(
        name="news.royalty_mails",
        label=_("Thư báo lãnh đạo có bảng nhuận bút chờ duyệt"),
        owed=lambda now: RoyaltyPeriod.objects.filter(
            status=RoyaltyPeriodStatus.SUBMITTED,
            leaders_mailed_at__isnull=True,
            submitted_at__lte=now - OWED_AFTER,
            submitted_at__gte=now - MAILS_OWED_WITHIN,
        ).order_by("submitted_at", "pk"),
        do=lambda pk: period_mail_once(period_id=pk),
    )
)
register(
    OwedWork(
        name="news.cover_renditions",
        label=_("Các cỡ ảnh đại diện của bài"),
        owed=lambda now: (
            Article.objects.filter(cover_renditions={}, updated_at__lte=now - OWED_AFTER)
            .exclude(cover="")
            .order_by("updated_at", "pk")
        ),
        do=lambda pk: image_renditions_make(
            model="news.article", pk=pk, field="cover", renditions_field="cover_renditions"
        ),
    )
)
register(
    OwedWork(
        name="news.gallery_renditions",
        label=_("Các cỡ ảnh trong bộ ảnh của bài"),
        # No time of upload on these rows: a sweep may cut an image its task is cutting too,
        # which only overwrites the same files.
        owed=lambda now: ArticleImage.objects.filter(renditions={}).order_by("pk"),
        do=lambda pk: image_renditions_make(
            model="news.articleimage", pk=pk, field="image", renditions_field="renditions"
        ),
    )
)
register(
    OwedWork(
        name="news.video_processing",
        label=_("Kiểm tra video tải lên và cắt ảnh đại diện"),
        owed=lambda now: videos_owed(now).filter(updated_at__lte=now - OWED_AFTER).order_by("updated_at", "pk"),
        do=lambda pk: video_process(video_id=pk),
    )
)
register(
    OwedWork(
        name="news.album_photo_renditions",
        label=_("Các cỡ ảnh trong album"),
        owed=lambda now: AlbumPhoto.objects.filter(renditions={}, uploaded_at__lte=now - OWED_AFTER).order_by("pk"),
        do=lambda pk: image_renditions_make(
            model="news.albumphoto", pk=pk, field="image", renditions_field="renditions"
        ),
    )
)
register(
    OwedWork(
        name="news.video_poster_renditions",
        label=_("Các cỡ ảnh đại diện của video"),
        owed=lambda now: (
            Video.objects.filter(poster_renditions={}, updated_at__lte=now - OWED_AFTER)
            .exclude(poster="")
            .order_by("pk")
        ),
        do=lambda pk: image_renditions_make(
            model="news.video", pk=pk, field="poster", renditions_field="poster_renditions"
        ),
    )
)
register(
    OwedWork(
        name="news.site_imports",
        label=_("Nhập bài từ trang cũ (yêu cầu trong trang quản trị)"),
        owed=lambda now: site_import_runs_owed(now).filter(created_at__lte=now - OWED_AFTER).order_by("created_at"),
        do=lambda pk: site_import_run_queue(run_id=pk),
    )
)
register(
    OwedWork(
        name="news.related_lists",
        label=_("Tin liên quan của bài đã đăng (tính sẵn)"),
        # Also the backfill of articles published before the lists were stored
        # (``manage.py related_refresh`` does them all at once).
        owed=lambda now: Article.objects.filter(
            related_stale=True, status=ArticleStatus.PUBLISHED, updated_at__lte=now - OWED_AFTER
        ).order_by("updated_at", "pk"),
        do=lambda pk: article_related_refresh(article_id=pk),
    )
)
