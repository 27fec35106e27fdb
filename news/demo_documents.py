"""Demo content of the documents registry: issuers, fields, and 20 invented documents, each with a generated PDF.

The PDFs are written at seed time with fpdf2 in DejaVu Sans (Vietnamese needs a Unicode
font; Debian's fonts-dejavu-core); without the font they fall back to Helvetica and text
without diacritics, which search reads the same way. Idempotent: issuers, fields and
documents are found by name or number and left alone when they exist.
"""

import datetime
import unicodedata
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from news.services.documents import document_file_read, document_save

from .enums import DocumentType
from .models import Document, DocumentField, DocumentFile, DocumentIssuer

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]

# name, short name
ISSUERS = [
    ("Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT"),
    ("Ủy ban nhân dân tỉnh Đắk Lắk", "UBND tỉnh"),
    ("Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", "Sở GD&ĐT"),
]
FIELDS = [
    "Giáo dục mầm non",
    "Giáo dục tiểu học",
    "Giáo dục trung học",
    "Thi, tuyển sinh",
    "Tổ chức cán bộ",
    "Kế hoạch – Tài chính",
    "Thông tin – Truyền thông",
    "Chuyển đổi số",
]

MINISTRY, PROVINCE, DEPARTMENT = (name for name, _short in ISSUERS)
DIRECTOR = ("GIÁM ĐỐC", "Phạm Đức Minh")
DEPUTY = ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Văn Thành")
DEPUTY_PRIMARY = ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "H'Yăm Niê")
DEPUTY_DIGITAL = ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Quang Huy")
PROVINCE_CHAIR = ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Thị Hồng Nhung")
MINISTER = ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", "Trần Minh Quang")

# How a signature's title reads in the registry ("Phó Giám đốc Nguyễn Văn Thành").
SIGNER_TITLES = {
    "GIÁM ĐỐC": "Giám đốc",
    "PHÓ GIÁM ĐỐC": "Phó Giám đốc",
    "CHÁNH VĂN PHÒNG": "Chánh Văn phòng",
    "PHÓ CHỦ TỊCH": "Phó Chủ tịch",
    "THỨ TRƯỞNG": "Thứ trưởng",
}

TODAY = "today"  # dates given as ("today", days) are relative to the day of seeding


def _day(value) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return timezone.localdate() + datetime.timedelta(days=value[1])


# Each: key, number, type, issuer, field, signer, issued, effective, expires, summary, paragraphs,
# and optionally: replaces (a key), partly (a note), draft (days the comments stay open), regulation.
DOCUMENTS = [
    {
        "key": "quy-che-phat-ngon-2019",
        "number": "112/QĐ-SGDĐT",
        "type": DocumentType.DECISION,
        "issuer": DEPARTMENT,
        "field": "Thông tin – Truyền thông",
        "signer": DIRECTOR,
        "issued": datetime.date(2019, 3, 20),
        "effective": datetime.date(2019, 3, 20),
        "expires": None,
        "summary": "Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí của Sở Giáo dục và Đào tạo",
        "paragraphs": [
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế phát ngôn và cung cấp thông tin cho báo chí của "
            "Sở Giáo dục và Đào tạo.",
            "Điều 2. Người phát ngôn là Giám đốc Sở; Chánh Văn phòng Sở được giao phát ngôn khi Giám đốc vắng mặt.",
            "Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này.",
        ],
    },
    {
        "key": "quy-che-phat-ngon-2026",
        "number": "45/QĐ-SGDĐT",
        "type": DocumentType.DECISION,
        "issuer": DEPARTMENT,
        "field": "Thông tin – Truyền thông",
        "signer": DIRECTOR,
        "issued": datetime.date(2026, 1, 15),
        "effective": datetime.date(2026, 2, 1),
        "expires": None,
        "summary": "Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí của Sở Giáo dục và Đào tạo "
        "tỉnh Đắk Lắk",
        "paragraphs": [
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế phát ngôn và cung cấp thông tin cho báo chí của "
            "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk, thực hiện Nghị định số 09/2017/NĐ-CP của Chính phủ.",
            "Điều 2. Người phát ngôn có trách nhiệm trả lời báo chí trong thời hạn hai ngày làm việc kể từ khi "
            "nhận được câu hỏi; thông tin về sự cố trong trường học được cung cấp kịp thời, chính xác.",
            "Điều 3. Định kỳ mỗi quý, Sở tổ chức họp báo cung cấp thông tin về hoạt động của ngành; thông cáo "
            "báo chí được đăng trên Cổng thông tin điện tử của Sở.",
            "Điều 4. Quyết định này có hiệu lực từ ngày 01/02/2026 và thay thế Quyết định số 112/QĐ-SGDĐT "
            "ngày 20/3/2019 của Giám đốc Sở.",
        ],
        "replaces": "quy-che-phat-ngon-2019",
        "regulation": True,
    },
    {
        "key": "cv-truyen-thong",
        "number": "1234/SGDĐT-VP",
        "type": DocumentType.OFFICIAL_LETTER,
        "issuer": DEPARTMENT,
        "field": "Thông tin – Truyền thông",
        "signer": DEPUTY,
        "issued": datetime.date(2026, 9, 8),
        "effective": None,
        "expires": None,
        "summary": "Về việc tăng cường công tác truyền thông giáo dục năm học 2026-2027",
        "paragraphs": [
            "Kính gửi: Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố; Hiệu trưởng các trường "
            "trung học phổ thông trực thuộc.",
            "Để chủ động cung cấp thông tin chính thống về hoạt động giáo dục, Sở đề nghị các đơn vị cử một cán "
            "bộ phụ trách truyền thông, cập nhật tin bài lên trang thông tin điện tử của đơn vị ít nhất hai lần "
            "mỗi tuần và gửi tin về Cổng thông tin điện tử của Sở.",
            "Khi có vụ việc nhạy cảm trên mạng xã hội, đơn vị báo cáo ngay về Văn phòng Sở trong ngày, không tự ý "
            "trả lời phỏng vấn khi chưa được giao phát ngôn.",
        ],
    },
    {
        "key": "kh-tuyen-sinh-10",
        "number": "45/KH-SGDĐT",
        "type": DocumentType.PLAN,
        "issuer": DEPARTMENT,
        "field": "Thi, tuyển sinh",
        "signer": DEPUTY,
        "issued": datetime.date(2026, 2, 26),
        "effective": None,
        "expires": None,
        "summary": "Kế hoạch tuyển sinh vào lớp 10 trung học phổ thông năm học 2026-2027",
        "paragraphs": [
            "I. Mục đích, yêu cầu: tổ chức tuyển sinh nghiêm túc, khách quan, công bằng, tạo thuận lợi cho học "
            "sinh và cha mẹ học sinh.",
            "II. Phương thức: kết hợp thi tuyển và xét tuyển; bài thi gồm Ngữ văn, Toán và Ngoại ngữ, làm trên "
            "giấy trong một ngày rưỡi.",
            "III. Lịch tuyển sinh: nhận hồ sơ đăng ký dự tuyển từ ngày 15/5 đến ngày 25/5/2026; thi ngày 04 và "
            "05/6/2026; công bố điểm thi trước ngày 20/6/2026.",
        ],
    },
    {
        "key": "kh-tap-huan-truyen-thong",
        "number": "12/KH-SGDĐT",
        "type": DocumentType.PLAN,
        "issuer": DEPARTMENT,
        "field": "Thông tin – Truyền thông",
        "signer": DEPUTY,
        "issued": datetime.date(2026, 1, 20),
        "effective": None,
        "expires": None,
        "summary": "Kế hoạch tổ chức hội nghị tập huấn kỹ năng truyền thông và phát ngôn cho cán bộ quản lý "
        "các cơ sở giáo dục",
        "paragraphs": [
            "Đối tượng: hiệu trưởng, phó hiệu trưởng và cán bộ phụ trách truyền thông của các trường trung học "
            "phổ thông, các phòng giáo dục và đào tạo.",
            "Nội dung: kỹ năng xử lý khủng hoảng truyền thông, trả lời phỏng vấn báo chí, quản lý trang thông "
            "tin điện tử và kênh mạng xã hội của nhà trường.",
            "Hình thức: trực tiếp tại hội trường Sở kết hợp trực tuyến đến các điểm cầu cấp huyện.",
        ],
    },
    {
        "key": "ct-nhiem-vu-nam-hoc",
        "number": "08/CT-UBND",
        "type": DocumentType.DIRECTIVE,
        "issuer": PROVINCE,
        "field": None,
        "signer": PROVINCE_CHAIR,
        "issued": datetime.date(2026, 8, 25),
        "effective": None,
        "expires": None,
        "summary": "Về nhiệm vụ trọng tâm của ngành giáo dục và đào tạo năm học 2026-2027",
        "paragraphs": [
            "Các sở, ngành, Ủy ban nhân dân cấp huyện phối hợp bảo đảm đủ trường, lớp, giáo viên cho năm học "
            "mới; ưu tiên kiên cố hóa phòng học ở vùng đồng bào dân tộc thiểu số.",
            "Sở Giáo dục và Đào tạo chủ trì đẩy mạnh chuyển đổi số, triển khai học bạ số và sổ điểm điện tử ở "
            "toàn bộ các trường trung học.",
        ],
    },
    {
        "key": "tt-day-them",
        "number": "17/2025/TT-BGDĐT",
        "type": DocumentType.CIRCULAR,
        "issuer": MINISTRY,
        "field": "Giáo dục trung học",
        "signer": MINISTER,
        "issued": datetime.date(2025, 7, 10),
        "effective": datetime.date(2025, 8, 25),
        "expires": None,
        "summary": "Quy định về quản lý hoạt động giáo dục kỹ năng sống và hoạt động giáo dục ngoài giờ chính khóa",
        "paragraphs": [
            "Thông tư này quy định về tổ chức, quản lý hoạt động giáo dục kỹ năng sống và hoạt động giáo dục "
            "ngoài giờ chính khóa trong các cơ sở giáo dục phổ thông.",
            "Cơ sở giáo dục công khai nội dung, thời lượng và chi phí trước khi tổ chức; không bắt buộc học sinh "
            "tham gia.",
        ],
    },
    {
        "key": "tb-thi-hsg",
        "number": "215/TB-SGDĐT",
        "type": DocumentType.NOTICE,
        "issuer": DEPARTMENT,
        "field": "Thi, tuyển sinh",
        "signer": DEPUTY,
        "issued": datetime.date(2026, 10, 2),
        "effective": None,
        "expires": None,
        "summary": "Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "paragraphs": [
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 được tổ chức vào ngày 10 và 11/12/2026 tại Trường THPT "
            "Chuyên Nguyễn Du.",
            "Các trường gửi danh sách thí sinh về Phòng Khảo thí và Quản lý chất lượng trước ngày 15/11/2026.",
        ],
    },
    {
        "key": "hd-mam-non",
        "number": "1580/HD-SGDĐT",
        "type": DocumentType.GUIDANCE,
        "issuer": DEPARTMENT,
        "field": "Giáo dục mầm non",
        "signer": DEPUTY_PRIMARY,
        "issued": datetime.date(2026, 9, 3),
        "effective": None,
        "expires": None,
        "summary": "Hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2026-2027",
        "paragraphs": [
            "Tiếp tục nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ; bảo đảm an toàn tuyệt đối cho trẻ "
            "trong trường, lớp mầm non.",
            "Tăng cường chuẩn bị tiếng Việt cho trẻ em người dân tộc thiểu số trước khi vào lớp Một.",
        ],
    },
    {
        "key": "hd-trung-hoc",
        "number": "1602/HD-SGDĐT",
        "type": DocumentType.GUIDANCE,
        "issuer": DEPARTMENT,
        "field": "Giáo dục trung học",
        "signer": DEPUTY,
        "issued": datetime.date(2025, 9, 5),
        "effective": None,
        "expires": None,
        "summary": "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2025-2026",
        "paragraphs": [
            "Thực hiện chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp; đổi mới kiểm tra, đánh giá "
            "theo hướng phát triển phẩm chất, năng lực học sinh.",
            "Mục III về kiểm tra định kỳ được điều chỉnh bởi Công văn số 2045/SGDĐT-GDTrH.",
        ],
        "partly": "Mục III được điều chỉnh bởi Công văn số 2045/SGDĐT-GDTrH ngày 14/11/2025.",
    },
    {
        "key": "qd-thoi-gian-nam-hoc",
        "number": "1890/QĐ-UBND",
        "type": DocumentType.DECISION,
        "issuer": PROVINCE,
        "field": None,
        "signer": PROVINCE_CHAIR,
        "issued": datetime.date(2025, 8, 12),
        "effective": datetime.date(2025, 8, 12),
        "expires": datetime.date(2026, 7, 1),
        "summary": "Ban hành kế hoạch thời gian năm học 2025-2026 đối với giáo dục mầm non, giáo dục phổ thông "
        "và giáo dục thường xuyên trên địa bàn tỉnh",
        "paragraphs": [
            "Tựu trường sớm nhất vào ngày 25/8/2025; khai giảng ngày 05/9/2025; kết thúc năm học trước ngày 31/5/2026.",
            "Quyết định này áp dụng cho năm học 2025-2026 và hết hiệu lực khi năm học kết thúc.",
        ],
    },
    {
        "key": "cv-bao-luc-hoc-duong",
        "number": "2045/SGDĐT-GDTrH",
        "type": DocumentType.OFFICIAL_LETTER,
        "issuer": DEPARTMENT,
        "field": "Giáo dục trung học",
        "signer": DEPUTY,
        "issued": datetime.date(2025, 11, 14),
        "effective": None,
        "expires": None,
        "summary": "Về việc tăng cường phòng, chống bạo lực học đường và điều chỉnh kiểm tra định kỳ",
        "paragraphs": [
            "Các trường rà soát, kiện toàn tổ tư vấn tâm lý học đường; công khai số điện thoại đường dây nóng để "
            "học sinh, cha mẹ học sinh phản ánh.",
            "Điều chỉnh Mục III Hướng dẫn số 1602/HD-SGDĐT: bài kiểm tra định kỳ có thể kết hợp tự luận và trắc "
            "nghiệm.",
        ],
    },
    {
        "key": "kh-chuyen-doi-so",
        "number": "88/KH-SGDĐT",
        "type": DocumentType.PLAN,
        "issuer": DEPARTMENT,
        "field": "Chuyển đổi số",
        "signer": DEPUTY_DIGITAL,
        "issued": datetime.date(2026, 4, 9),
        "effective": None,
        "expires": None,
        "summary": "Kế hoạch chuyển đổi số ngành giáo dục và đào tạo tỉnh Đắk Lắk giai đoạn 2026-2030",
        "paragraphs": [
            "Mục tiêu đến năm 2030: 100% cơ sở giáo dục sử dụng học bạ số, sổ điểm điện tử; 90% thủ tục hành "
            "chính của ngành được giải quyết trực tuyến toàn trình.",
            "Xây dựng kho học liệu số dùng chung cho giáo viên và học sinh toàn tỉnh.",
        ],
    },
    {
        "key": "qd-quy-che-cong-thong-tin",
        "number": "356/QĐ-SGDĐT",
        "type": DocumentType.DECISION,
        "issuer": DEPARTMENT,
        "field": "Thông tin – Truyền thông",
        "signer": DIRECTOR,
        "issued": datetime.date(2026, 3, 2),
        "effective": None,
        "expires": None,
        "summary": "Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử của Sở Giáo dục và Đào tạo",
        "paragraphs": [
            "Ban biên tập Cổng thông tin điện tử do Phó Giám đốc Sở phụ trách truyền thông làm Trưởng ban.",
            "Tin bài của cộng tác viên được biên tập viên duyệt trước khi đăng; văn bản chỉ đạo, điều hành được "
            "đăng trong thời hạn hai ngày làm việc kể từ ngày ban hành.",
        ],
    },
    {
        "key": "bc-tong-ket",
        "number": "301/BC-SGDĐT",
        "type": DocumentType.REPORT,
        "issuer": DEPARTMENT,
        "field": None,
        "signer": DIRECTOR,
        "issued": datetime.date(2026, 7, 28),
        "effective": None,
        "expires": None,
        "summary": "Báo cáo tổng kết năm học 2025-2026 và phương hướng, nhiệm vụ năm học 2026-2027",
        "paragraphs": [
            "Năm học 2025-2026 toàn tỉnh có hơn 500.000 học sinh; tỷ lệ tốt nghiệp trung học phổ thông đạt 98,6%.",
            "Năm học 2026-2027 tập trung đổi mới quản trị nhà trường và nâng cao chất lượng dạy học ngoại ngữ.",
        ],
    },
    {
        "key": "cv-thu-chi",
        "number": "1876/SGDĐT-KHTC",
        "type": DocumentType.OFFICIAL_LETTER,
        "issuer": DEPARTMENT,
        "field": "Kế hoạch – Tài chính",
        "signer": DEPUTY_DIGITAL,
        "issued": datetime.date(2026, 8, 20),
        "effective": None,
        "expires": None,
        "summary": "Hướng dẫn thực hiện các khoản thu, chi trong cơ sở giáo dục công lập năm học 2026-2027",
        "paragraphs": [
            "Các trường chỉ thu các khoản theo quy định, công khai tại bảng tin và trên trang thông tin điện tử "
            "trước khi thu; không vận động tài trợ bình quân hay ép buộc cha mẹ học sinh.",
            "Hiệu trưởng chịu trách nhiệm trước Giám đốc Sở về việc thực hiện công khai tài chính.",
        ],
    },
    {
        "key": "tb-ket-luan-giao-ban",
        "number": "240/TB-SGDĐT",
        "type": DocumentType.NOTICE,
        "issuer": DEPARTMENT,
        "field": "Tổ chức cán bộ",
        "signer": ("TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG", "Đỗ Thị Thu Hà"),
        "issued": datetime.date(2026, 11, 3),
        "effective": None,
        "expires": None,
        "summary": "Kết luận của Giám đốc Sở tại hội nghị giao ban công tác tháng 10 năm 2026",
        "paragraphs": [
            "Giám đốc Sở yêu cầu các phòng chuyên môn hoàn thành rà soát đội ngũ giáo viên trước ngày 30/11/2026.",
            "Văn phòng Sở theo dõi việc trả lời phản ánh của người dân trên Cổng thông tin điện tử.",
        ],
    },
    {
        "key": "qd-thi-dua",
        "number": "521/QĐ-SGDĐT",
        "type": DocumentType.DECISION,
        "issuer": DEPARTMENT,
        "field": "Tổ chức cán bộ",
        "signer": DIRECTOR,
        "issued": (TODAY, -5),
        "effective": (TODAY, 40),
        "expires": None,
        "summary": "Ban hành Quy định về công tác thi đua, khen thưởng trong ngành giáo dục tỉnh Đắk Lắk",
        "paragraphs": [
            "Quy định này áp dụng đối với các phòng thuộc Sở, các đơn vị trực thuộc và các phòng giáo dục và "
            "đào tạo cấp huyện.",
            "Quyết định có hiệu lực sau 45 ngày kể từ ngày ký; các đơn vị triển khai đến toàn thể cán bộ, giáo viên.",
        ],
    },
    {
        "key": "du-thao-tuyen-sinh-2027",
        "number": "",
        "type": DocumentType.PLAN,
        "issuer": DEPARTMENT,
        "field": "Thi, tuyển sinh",
        "signer": ("", ""),
        "issued": None,
        "effective": None,
        "expires": None,
        "summary": "Kế hoạch tuyển sinh vào lớp 10 trung học phổ thông năm học 2027-2028",
        "paragraphs": [
            "Dự kiến giữ ba bài thi Ngữ văn, Toán và Ngoại ngữ; cộng điểm ưu tiên cho học sinh người dân tộc "
            "thiểu số ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn.",
            "Sở đề nghị cha mẹ học sinh, giáo viên và các đơn vị góp ý về phương thức tuyển sinh và lịch thi.",
        ],
        "draft": 21,
    },
    {
        "key": "du-thao-day-them",
        "number": "",
        "type": DocumentType.REGULATION,
        "issuer": DEPARTMENT,
        "field": "Giáo dục trung học",
        "signer": ("", ""),
        "issued": None,
        "effective": None,
        "expires": None,
        "summary": "Quy định quản lý dạy thêm, học thêm trên địa bàn tỉnh Đắk Lắk",
        "paragraphs": [
            "Không tổ chức dạy thêm đối với học sinh tiểu học, trừ bồi dưỡng kỹ năng sống, nghệ thuật, thể thao.",
            "Giáo viên không dạy thêm có thu tiền đối với học sinh mình đang dạy chính khóa.",
        ],
        "draft": -3,
    },
]


# --- PDF -------------------------------------------------------------------------------------------


def _font_paths() -> tuple[Path, Path] | None:
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            return regular, bold
    return None


def _ascii(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D").replace("–", "-")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def render_pdf(*, issuer: str, number: str, place_date: str, heading: str, summary: str, paragraphs, signer) -> bytes:
    """An A4 page laid out like an administrative document (Decree 30/2020): header, number, title, text, signature."""
    from fpdf import FPDF

    fonts = _font_paths()
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 15)
    pdf.add_page()
    if fonts:
        pdf.add_font("DejaVu", "", str(fonts[0]))
        pdf.add_font("DejaVu", "B", str(fonts[1]))
        family, text = "DejaVu", str
    else:  # no Unicode font on this machine: the same text without diacritics
        family, text = "Helvetica", _ascii

    def write(content: str, *, size: float = 11, bold: bool = False, align: str = "L", width: float = 0) -> None:
        pdf.set_font(family, "B" if bold else "", size)
        pdf.multi_cell(width, 5.5, text(content), align=align, new_x="LMARGIN", new_y="NEXT")

    top = pdf.get_y()
    write(f"{issuer.upper()}\n{number and 'Số: ' + number or 'DỰ THẢO'}", size=9, bold=True, align="C", width=75)
    pdf.set_xy(100, top)
    pdf.set_font(family, "B", 9)
    pdf.multi_cell(
        0, 5.5, text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"), align="C", new_x="LMARGIN"
    )
    pdf.set_xy(100, pdf.get_y() + 2)
    pdf.set_font(family, "", 9)
    pdf.multi_cell(0, 5.5, text(place_date), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    write(heading.upper(), size=13, bold=True, align="C")
    write(summary, bold=True, align="C")
    pdf.ln(4)
    for paragraph in paragraphs:
        write(paragraph, align="J")
        pdf.ln(1.5)
    title, name = signer
    if name:
        pdf.ln(6)
        pdf.set_x(110)
        pdf.set_font(family, "B", 10)
        pdf.multi_cell(0, 5.5, text(f"{title}\n\n\n\n{name}"), align="C", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _place_date(issued: datetime.date | None) -> str:
    if issued is None:
        return "Đắk Lắk, ngày      tháng      năm"
    return f"Đắk Lắk, ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}"


# --- seeding ---------------------------------------------------------------------------------------


@transaction.atomic
def seed_documents(stdout=None) -> None:
    issuers = {}
    for order, (name, short_name) in enumerate(ISSUERS):
        issuers[name] = DocumentIssuer.objects.get_or_create(
            name=name, defaults={"short_name": short_name, "order": order}
        )[0]
    fields = {
        name: DocumentField.objects.get_or_create(name=name, defaults={"order": n})[0] for n, name in enumerate(FIELDS)
    }

    by_key: dict[str, Document] = {}
    created = 0
    for data in DOCUMENTS:
        issuer = issuers[data["issuer"]]
        existing = Document.objects.filter(issuer=issuer, summary=data["summary"]).first()
        if existing is not None:
            by_key[data["key"]] = existing
            continue
        signer_title, signer_name = data["signer"]
        document = Document(
            number=data["number"],
            doc_type=data["type"],
            issuer=issuer,
            field=fields.get(data["field"]),
            signer=f"{SIGNER_TITLES.get(signer_title.splitlines()[-1], '')} {signer_name}".strip()
            if signer_name
            else "",
            issued_on=_day(data["issued"]),
            effective_on=_day(data["effective"]),
            expires_on=_day(data["expires"]),
            summary=data["summary"],
            partly_in_force=bool(data.get("partly")),
            status_note=data.get("partly", ""),
            is_draft="draft" in data,
            comment_until=_day((TODAY, data["draft"])) if "draft" in data else None,
            is_spokesperson_regulation=data.get("regulation", False),
            is_public=True,
        )
        document_save(document=document)
        pdf = render_pdf(
            issuer=data["issuer"],
            number=data["number"],
            place_date=_place_date(document.issued_on),
            heading=("Dự thảo " if document.is_draft else "") + document.get_doc_type_display(),
            summary=data["summary"],
            paragraphs=data["paragraphs"],
            signer=data["signer"],
        )
        document_file = DocumentFile.objects.create(
            document=document,
            file=ContentFile(pdf, name=f"{document.make_slug()}.pdf"),
            title="Toàn văn",
            size=len(pdf),
        )
        document_file_read(file_id=document_file.pk)  # at once: the demo's search works without a worker
        by_key[data["key"]] = document
        created += 1

    for data in DOCUMENTS:
        if "replaces" in data:
            old = by_key[data["replaces"]]
            if old.replaced_by_id is None:
                old.replaced_by = by_key[data["key"]]
                document_save(document=old)
    hd, cv = by_key["hd-trung-hoc"], by_key["cv-bao-luc-hoc-duong"]
    hd.related_documents.add(cv)
    by_key["kh-tuyen-sinh-10"].related_documents.add(by_key["du-thao-tuyen-sinh-2027"])
    if stdout is not None:
        stdout.write(f"Văn bản mẫu: {created} văn bản mới, {Document.objects.count()} văn bản tất cả.")
