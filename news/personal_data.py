"""News' entries in the register of personal data (portal/personal_data.py)."""

from django.utils.translation import gettext_lazy as _

from portal.models.feedback import ANONYMOUS_ASKER
from portal.personal_data import Cookie, End, Expiry, Holding, NotPersonal, PersonalData, register

from .models import DocumentComment

register(
    Holding(
        model="news.DocumentComment",
        label=_("Góp ý dự thảo văn bản"),
        fields=("document", "full_name", "email", "unit_name", "body", "created_at"),
        email="email",
        name="full_name",
        unit="unit_name",
        erase=lambda pks, now: DocumentComment.objects.filter(pk__in=pks).update(
            full_name=str(ANONYMOUS_ASKER), email="", unit_name=""
        ),
    ),
    Expiry(
        kind="document_comment_contact",
        label=_("Thư điện tử của người góp ý dự thảo"),
        # The name and unit stay with a published comment; the e-mail was only for replying.
        expired=lambda cutoff: DocumentComment.objects.filter(created_at__lt=cutoff).exclude(email=""),
        clear=lambda pks, now: DocumentComment.objects.filter(pk__in=pks).update(email=""),
    ),
    PersonalData(
        model="news.Article",
        fields=("byline",),
        subject=_("Tác giả bài viết (dòng ký tên)"),
        purpose=_("Ghi tên tác giả của tác phẩm đã đăng"),
        basis=_("Quyền tác giả; hoạt động thông tin của cơ quan"),
        audience=_("Công khai khi bài được đăng"),
        end=End.KEEP_PUBLIC_ACT,
        retention_text=_("Cùng bài viết đã đăng"),
    ),
    PersonalData(
        model="news.Document",
        fields=("signer",),
        subject=_("Người ký văn bản"),
        purpose=_("Văn bản quản lý nhà nước đã ban hành"),
        basis=_("Công khai văn bản theo quy định"),
        audience=_("Công khai"),
        end=End.KEEP_PUBLIC_ACT,
        retention_text=_("Lâu dài, cùng văn bản"),
    ),
    PersonalData(
        model="news.DocumentComment",
        fields=("full_name", "email", "unit_name"),
        subject=_("Người góp ý dự thảo văn bản"),
        purpose=_("Tiếp thu, giải trình ý kiến góp ý dự thảo"),
        basis=_("Sự đồng ý của người góp ý"),
        audience=_("Biên tập viên, đơn vị soạn thảo"),
        end=End.ANONYMISE,
        retention="document_comment_contact",
        retention_days=365,
        retention_text=_("Thư điện tử: 365 ngày sau khi gửi góp ý; họ tên, đơn vị giữ cùng góp ý đã đăng"),
    ),
    Cookie(
        name="voter",
        purpose=_("Một mã ngẫu nhiên để mỗi trình duyệt chỉ chấm điểm một bài một lần"),
        lifetime=_("1 năm"),
    ),
    PersonalData(
        model="news.Contributor",
        fields=("full_name", "pen_name", "phone", "email"),
        subject=_("Cộng tác viên, tác giả được ghi công (có hoặc không có tài khoản)"),
        purpose=_("Ghi công tác phẩm đã đăng; chấm và chi trả nhuận bút"),
        basis=_("Quyền tác giả; quy định về nhuận bút và kế toán"),
        audience=_("Bút danh công khai trên bài đã đăng; họ tên, liên hệ: biên tập viên, lãnh đạo, kế toán"),
        end=End.KEEP_PUBLIC_ACT,
        retention_text=_("Cùng bài đã đăng và chứng từ nhuận bút (thời hạn lưu chứng từ kế toán)"),
    ),
    Holding(
        model="news.Contributor",
        label=_("Cộng tác viên, tác giả"),
        fields=("full_name", "pen_name", "unit", "phone", "email"),
        email="email",
        phone="phone",
        name="full_name",
        kept_reason=_(
            "Ghi công trên bài đã đăng và là căn cứ chi trả nhuận bút (chứng từ kế toán); "
            "chỉ sửa liên hệ khi có yêu cầu, không xóa."
        ),
    ),
    NotPersonal(model="news.Article", fields=("byline_custom",), reason="a yes or no: the byline is typed by hand"),
    NotPersonal(model="news.SiteImportRun", fields=("original_name",), reason="an uploaded export file's name"),
    NotPersonal(model="news.MediaLibraryEntry", fields=("name",), reason="a stored file's name"),
    NotPersonal(model="news.Category", fields=("name",), reason="a category's name"),
    NotPersonal(model="news.Tag", fields=("name",), reason="a tag's name"),
    NotPersonal(model="news.DocumentIssuer", fields=("name", "short_name"), reason="an issuing agency's name"),
    NotPersonal(model="news.DocumentField", fields=("name",), reason="a field of documents"),
    NotPersonal(model="news.AppliedViewBuffer", fields=("name",), reason="a counter buffer's name"),
)
