"""Demo content of the organisation pages: functions and duties, leaders, offices, spokespersons,
press briefings, links to other agencies, and a few questions with their answers.

Every person here is invented. The ministry, the government and the province are linked at
their real addresses; the other departments at placeholder ``example.vn`` addresses. Safe to
run again: rows are found by a natural key and updated, never duplicated.
"""

import datetime
import unicodedata

from django.utils import timezone

from portal.services.organisation import agency_link_save
from portal.services.questions import question_answer, question_publish

from .enums import AgencyLinkGroup, SpokespersonRole
from .models import AboutPage, AgencyLink, Leader, Office, PressBriefing, Question, Spokesperson, User


def without_diacritics(text: str) -> str:
    """``Buôn Ma Thuột`` → ``Buon Ma Thuot``, case kept (English spelling of Vietnamese place names)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


FUNCTIONS_VI = """
<h2>Vị trí và chức năng</h2>
<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân
tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo: chương trình, nội dung giáo dục; tiêu chuẩn
nhà giáo và cán bộ quản lý giáo dục; cơ sở vật chất và thiết bị trường học; thi cử, văn bằng, chứng chỉ; bảo
đảm chất lượng giáo dục.</p>
<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và
công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn,
nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<h2>Nhiệm vụ và quyền hạn</h2>
<ol>
<li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch dài hạn, 5 năm và hằng năm về phát triển giáo dục
và đào tạo trên địa bàn tỉnh.</li>
<li>Hướng dẫn, tổ chức thực hiện chương trình giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên;
chỉ đạo việc đổi mới phương pháp dạy học và kiểm tra, đánh giá học sinh.</li>
<li>Tổ chức các kỳ thi, cấp và quản lý văn bằng, chứng chỉ theo thẩm quyền.</li>
<li>Quản lý đội ngũ nhà giáo, cán bộ quản lý giáo dục; tổ chức bồi dưỡng thường xuyên, bồi dưỡng kỹ năng
truyền thông và phát ngôn cho cán bộ quản lý các đơn vị trực thuộc.</li>
<li>Thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng trong lĩnh vực giáo dục.</li>
<li>Cung cấp thông tin cho báo chí và công khai thông tin về giáo dục trên cổng thông tin điện tử của Sở.</li>
</ol>
"""

FUNCTIONS_EN = """
<h2>Position and functions</h2>
<p>The Department of Education and Training is a specialised agency of the Provincial People's Committee. It
advises and assists the Committee in the state management of education and training: curricula and content;
standards for teachers and education managers; school facilities and equipment; examinations, diplomas and
certificates; and education quality assurance.</p>
<p>The Department is a legal entity with its own seal and accounts. It is directed by the Provincial People's
Committee on organisation, staffing and work, and guided, inspected and supervised on professional matters by
the Ministry of Education and Training.</p>
<h2>Duties and powers</h2>
<ol>
<li>Submit to the Provincial People's Committee draft decisions and long-term, five-year and annual plans for
the development of education and training in the province.</li>
<li>Guide and organise preschool, general and continuing education programmes; lead the renewal of teaching
methods and of pupil assessment.</li>
<li>Organise examinations, and issue and manage diplomas and certificates within its competence.</li>
<li>Manage teachers and education managers; organise regular in-service training, including communication
and spokesperson skills for the heads of affiliated units.</li>
<li>Inspect, settle complaints and denunciations, and prevent corruption in education.</li>
<li>Provide information to the press and publish information on education on the Department's web portal.</li>
</ol>
"""

# full name, position, position (en), duties, duties (en), phone, e-mail
LEADERS = [
    (
        "Phạm Đức Minh",
        "Giám đốc Sở",
        "Director",
        "Phụ trách chung\nCông tác tổ chức cán bộ, kế hoạch – tài chính\nThi đua – khen thưởng\nNgười phát ngôn của Sở",
        "General management\nPersonnel, planning and finance\nEmulation and commendation\nSpokesperson of the Department",
        "0262 3852 002",
        "giamdoc@sgddt.example.vn",
    ),
    (
        "Nguyễn Văn Thành",
        "Phó Giám đốc Sở",
        "Deputy Director",
        "Giáo dục trung học, giáo dục thường xuyên\nKhảo thí và quản lý chất lượng giáo dục\nTruyền thông và cổng thông tin điện tử",
        "Secondary and continuing education\nExaminations and quality assurance\nCommunication and the web portal",
        "0262 3852 003",
        "nvthanh@sgddt.example.vn",
    ),
    (
        "H'Yăm Niê",
        "Phó Giám đốc Sở",
        "Deputy Director",
        "Giáo dục mầm non, giáo dục tiểu học\nGiáo dục dân tộc\nCông tác học sinh",
        "Preschool and primary education\nEducation for ethnic minorities\nPupil affairs",
        "0262 3852 004",
        "hyamnie@sgddt.example.vn",
    ),
    (
        "Lê Quang Huy",
        "Phó Giám đốc Sở",
        "Deputy Director",
        "Cơ sở vật chất, thiết bị trường học\nThanh tra, pháp chế\nChuyển đổi số trong giáo dục",
        "School facilities and equipment\nInspection and legal affairs\nDigital transformation in education",
        "0262 3852 005",
        "lqhuy@sgddt.example.vn",
    ),
]

# name, name (en), head, head's title, head's title (en), duties, duties (en), place, place (en), phone, e-mail
OFFICES = [
    (
        "Văn phòng Sở",
        "Office of the Department",
        "Đỗ Thị Thu Hà",
        "Chánh Văn phòng",
        "Chief of Office",
        "Tổng hợp, hành chính, văn thư; truyền thông và cổng thông tin điện tử; tiếp công dân.",
        "Coordination, administration and records; communication and the web portal; receiving citizens.",
        "Tầng 1, nhà A",
        "Ground floor, building A",
        "0262 3852 001",
        "vanphong@sgddt.example.vn",
    ),
    (
        "Phòng Tổ chức cán bộ",
        "Personnel Division",
        "Võ Văn Lâm",
        "Trưởng phòng",
        "Head of Division",
        "Tổ chức bộ máy, biên chế; tuyển dụng, bồi dưỡng và chế độ chính sách đối với nhà giáo.",
        "Organisation and staffing; recruitment, training and benefits of teachers.",
        "Tầng 2, nhà A",
        "First floor, building A",
        "0262 3852 010",
        "tccb@sgddt.example.vn",
    ),
    (
        "Phòng Kế hoạch – Tài chính",
        "Planning and Finance Division",
        "Nguyễn Thị Bích Ngọc",
        "Trưởng phòng",
        "Head of Division",
        "Kế hoạch phát triển giáo dục, ngân sách, đầu tư cơ sở vật chất.",
        "Education development plans, budget and investment in school facilities.",
        "Tầng 2, nhà A",
        "First floor, building A",
        "0262 3852 011",
        "khtc@sgddt.example.vn",
    ),
    (
        "Phòng Giáo dục Mầm non – Tiểu học",
        "Preschool and Primary Education Division",
        "Y Bhin Niê",
        "Trưởng phòng",
        "Head of Division",
        "Chương trình giáo dục mầm non và tiểu học; giáo dục hòa nhập; tiếng Việt cho trẻ em dân tộc thiểu số.",
        "Preschool and primary curricula; inclusive education; Vietnamese for ethnic minority children.",
        "Tầng 3, nhà B",
        "Second floor, building B",
        "0262 3852 012",
        "gdmnth@sgddt.example.vn",
    ),
    (
        "Phòng Giáo dục Trung học",
        "Secondary Education Division",
        "Trần Văn Dũng",
        "Trưởng phòng",
        "Head of Division",
        "Chương trình trung học cơ sở và trung học phổ thông; tuyển sinh lớp 10; học sinh giỏi.",
        "Lower and upper secondary curricula; grade 10 admissions; gifted pupils.",
        "Tầng 3, nhà B",
        "Second floor, building B",
        "0262 3852 013",
        "gdtrh@sgddt.example.vn",
    ),
    (
        "Phòng Khảo thí và Quản lý chất lượng giáo dục",
        "Examinations and Quality Assurance Division",
        "Phan Thị Mỹ Linh",
        "Trưởng phòng",
        "Head of Division",
        "Tổ chức thi, văn bằng, chứng chỉ; kiểm định chất lượng giáo dục.",
        "Examinations, diplomas and certificates; accreditation of schools.",
        "Tầng 4, nhà B",
        "Third floor, building B",
        "0262 3852 014",
        "khaothi@sgddt.example.vn",
    ),
    (
        "Thanh tra Sở",
        "Inspectorate",
        "Hoàng Minh Tuấn",
        "Chánh Thanh tra",
        "Chief Inspector",
        "Thanh tra, kiểm tra; tiếp nhận, giải quyết khiếu nại, tố cáo.",
        "Inspections; receiving and settling complaints and denunciations.",
        "Tầng 1, nhà B",
        "Ground floor, building B",
        "0262 3852 015",
        "thanhtra@sgddt.example.vn",
    ),
]

# full name, role, position, position (en), phone, e-mail, appointment
SPOKESPERSONS = [
    (
        "Phạm Đức Minh",
        SpokespersonRole.SPOKESPERSON,
        "Giám đốc Sở",
        "Director",
        "0262 3852 002",
        "giamdoc@sgddt.example.vn",
        "Quy chế phát ngôn ban hành kèm Quyết định số 45/QĐ-SGDĐT ngày 15/01/2026 của Giám đốc Sở",
    ),
    (
        "Đỗ Thị Thu Hà",
        SpokespersonRole.AUTHORISED,
        "Chánh Văn phòng Sở",
        "Chief of Office",
        "0262 3852 001",
        "vanphong@sgddt.example.vn",
        "Quyết định số 46/QĐ-SGDĐT ngày 15/01/2026 của Giám đốc Sở",
    ),
]

# title, days from now, hour, venue, description, cancelled
BRIEFINGS = [
    (
        "Họp báo thông tin về kỳ thi tuyển sinh vào lớp 10 năm học 2026 – 2027",
        12,
        9,
        "Hội trường Sở Giáo dục và Đào tạo, số 8 Nguyễn Tất Thành",
        "Thông tin về môn thi, lịch thi, chỉ tiêu tuyển sinh và những điểm mới của kỳ thi.\n"
        "Phóng viên đăng ký dự họp báo qua Văn phòng Sở trước 16 giờ ngày hôm trước.",
        False,
    ),
    (
        "Họp báo về công tác chuẩn bị năm học mới",
        40,
        14,
        "Phòng họp số 2, Sở Giáo dục và Đào tạo",
        "Tình hình đội ngũ, cơ sở vật chất và sách giáo khoa trước năm học mới.",
        False,
    ),
    (
        "Họp báo sơ kết học kỳ I năm học 2025 – 2026",
        -45,
        9,
        "Hội trường Sở Giáo dục và Đào tạo, số 8 Nguyễn Tất Thành",
        "Kết quả học kỳ I, công tác phòng chống đuối nước và an toàn trường học.",
        False,
    ),
    (
        "Họp báo công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh",
        -20,
        15,
        "Phòng họp số 2, Sở Giáo dục và Đào tạo",
        "Buổi họp báo được thay bằng thông cáo báo chí đăng trên cổng thông tin.",
        True,
    ),
]

# name, name (en), url, group, order
AGENCY_LINKS = [
    (
        "Bộ Giáo dục và Đào tạo",
        "Ministry of Education and Training",
        "https://moet.gov.vn",
        AgencyLinkGroup.MINISTRY,
        1,
    ),
    ("Cổng Thông tin điện tử Chính phủ", "Government Portal", "https://chinhphu.vn", AgencyLinkGroup.MINISTRY, 2),
    (
        "Cổng thông tin điện tử tỉnh Đắk Lắk",
        "Dak Lak Provincial Portal",
        "https://daklak.gov.vn",
        AgencyLinkGroup.PROVINCE,
        1,
    ),
    (
        "Sở Nội vụ tỉnh Đắk Lắk",
        "Dak Lak Department of Home Affairs",
        "https://sonoivu-daklak.example.vn",
        AgencyLinkGroup.PROVINCE,
        2,
    ),
    (
        "Sở Giáo dục và Đào tạo tỉnh Gia Lai",
        "Gia Lai Department of Education and Training",
        "https://sgddt-gialai.example.vn",
        AgencyLinkGroup.PEER,
        1,
    ),
    (
        "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng",
        "Lam Dong Department of Education and Training",
        "https://sgddt-lamdong.example.vn",
        AgencyLinkGroup.PEER,
        2,
    ),
    (
        "Sở Giáo dục và Đào tạo tỉnh Khánh Hòa",
        "Khanh Hoa Department of Education and Training",
        "https://sgddt-khanhhoa.example.vn",
        AgencyLinkGroup.PEER,
        3,
    ),
]

# full name, e-mail, unit, days ago, question, office that answers (or None: still pending), answer
QUESTIONS = [
    (
        "Trần Thị Lan",
        "tranthilan.phuhuynh@example.vn",
        "Phường Tân Lợi, Buôn Ma Thuột",
        9,
        "Con tôi đang học lớp 9. Xin hỏi kỳ thi tuyển sinh vào lớp 10 năm nay thi mấy môn, "
        "và khi nào Sở công bố lịch thi chính thức để gia đình chuẩn bị cho cháu?",
        "Phòng Giáo dục Trung học",
        "Chào chị Lan,\n"
        "Kỳ thi tuyển sinh vào lớp 10 năm học 2026 – 2027 dự kiến gồm ba bài thi: Ngữ văn, Toán và Ngoại ngữ; "
        "thí sinh đăng ký vào trường chuyên thi thêm môn chuyên.\n"
        "Lịch thi chính thức nằm trong kế hoạch tuyển sinh do Sở ban hành, sẽ đăng ở mục Văn bản của cổng thông tin "
        "và được thông tin tại buổi họp báo về kỳ thi. Chị cũng có thể hỏi trực tiếp giáo viên chủ nhiệm của cháu.",
    ),
    (
        "Lê Hoàng Phúc",
        "lehoangphuc.gv@example.vn",
        "Trường THCS Nguyễn Du, huyện Krông Pắc",
        6,
        "Giáo viên hợp đồng có được cử đi dự hội nghị tập huấn kỹ năng truyền thông và phát ngôn "
        "do Sở tổ chức không, hay chỉ dành cho cán bộ quản lý?",
        "Văn phòng Sở",
        "Chào thầy Phúc,\n"
        "Hội nghị tập huấn kỹ năng truyền thông dành cho cán bộ quản lý và người được giao làm công tác truyền thông "
        "của đơn vị. Nếu thầy được hiệu trưởng phân công phụ trách trang thông tin của nhà trường thì đơn vị có thể "
        "đăng ký cho thầy tham dự, không phân biệt giáo viên biên chế hay hợp đồng.",
    ),
    (
        "Nguyễn Minh Khôi",
        "nguyenminhkhoi@example.vn",
        "",
        3,
        "Tôi góp ý: Sở nên đăng lịch tiếp công dân của lãnh đạo Sở lên cổng thông tin "
        "để người dân biết và sắp xếp thời gian đến làm việc.",
        "Văn phòng Sở",
        "Cảm ơn anh Khôi đã góp ý.\n"
        "Lịch tiếp công dân định kỳ của lãnh đạo Sở là sáng thứ Năm hằng tuần tại Phòng tiếp công dân, tầng 1 nhà A. "
        "Văn phòng Sở sẽ đăng lịch tiếp công dân hằng tháng trên cổng thông tin từ tháng tới.",
    ),
    (
        "Vũ Thị Hạnh",
        "vuthihanh@example.vn",
        "Xã Ea Tu, Buôn Ma Thuột",
        1,
        "Gia đình tôi chuyển từ tỉnh khác về Đắk Lắk. Thủ tục chuyển trường cho con học lớp 3 "
        "cần những giấy tờ gì và nộp ở đâu?",
        None,
        "",
    ),
]


def seed_organisation(*, editor: User) -> None:
    """Create or update the organisation content; ``editor`` answers the demo questions."""
    now = timezone.now()
    AboutPage.objects.update_or_create(
        slug="chuc-nang-nhiem-vu",
        defaults={
            "title": "Chức năng, nhiệm vụ và quyền hạn",
            "title_en": "Functions, duties and powers",
            "body": FUNCTIONS_VI.strip(),
            "body_en": FUNCTIONS_EN.strip(),
            "order": 1,
        },
    )
    for order, (full_name, position, position_en, duties, duties_en, phone, email) in enumerate(LEADERS, start=1):
        Leader.objects.update_or_create(
            full_name=full_name,
            defaults={
                "position": position,
                "position_en": position_en,
                "duties": duties,
                "duties_en": duties_en,
                "phone": phone,
                "email": email,
                "order": order,
            },
        )
    offices = {}
    for order, row in enumerate(OFFICES, start=1):
        name, name_en, head, title, title_en, duties, duties_en, place, place_en, phone, email = row
        offices[name], _created = Office.objects.update_or_create(
            name=name,
            defaults={
                "name_en": name_en,
                "head_name": head,
                "head_title": title,
                "head_title_en": title_en,
                "duties": duties,
                "duties_en": duties_en,
                "location": place,
                "location_en": place_en,
                "phone": phone,
                "email": email,
                "order": order,
            },
        )
    speakers = []
    for order, (full_name, role, position, position_en, phone, email, appointment) in enumerate(SPOKESPERSONS, start=1):
        speaker, _created = Spokesperson.objects.update_or_create(
            full_name=full_name,
            defaults={
                "role": role,
                "position": position,
                "position_en": position_en,
                "phone": phone,
                "email": email,
                "appointment": appointment,
                "order": order,
            },
        )
        speakers.append(speaker)
    today = timezone.localdate()
    for title, days, hour, venue, description, cancelled in BRIEFINGS:
        starts_at = timezone.make_aware(
            datetime.datetime.combine(today + datetime.timedelta(days=days), datetime.time(hour))
        )
        PressBriefing.objects.get_or_create(  # the date is set once, so that a second run keeps the calendar
            title=title,
            defaults={
                "starts_at": starts_at,
                "ends_at": starts_at + datetime.timedelta(hours=1, minutes=30),
                "venue": venue,
                "description": description,
                "spokesperson": speakers[0],
                "is_cancelled": cancelled,
            },
        )
    for name, name_en, url, group, order in AGENCY_LINKS:
        link = AgencyLink.objects.filter(url=url).first() or AgencyLink(url=url)
        link.name, link.name_en, link.group, link.order = name, name_en, group, order
        agency_link_save(link=link)
    for full_name, email, unit_name, days_ago, body, office_name, answer in QUESTIONS:
        question, created = Question.objects.get_or_create(
            email=email,
            defaults={
                "full_name": full_name,
                "unit_name": unit_name,
                "body": body,
                "created_at": now - datetime.timedelta(days=days_ago),
                "staff_notified_at": now,  # demo rows: no mail to the editors
            },
        )
        if created and office_name:
            question_answer(question=question, answer=answer, by=editor, office=offices[office_name])
            question_publish(question=question, by=editor)
