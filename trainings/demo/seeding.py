"""Demo data of training conferences, modelled on how a department runs them; all people invented.

Four trainings, dated from today so that the demo stays current: a big in-person conference
five weeks ago (1,000 delegates from 60 units), an online round table two weeks ago with remote
sites in every district, a training in ten days with reminders set, and a signed-off one a
year earlier for the yearly overview. ``seed`` is idempotent: a training that exists (by its
slug) keeps its rows.
"""

import datetime
import random

from django.db import transaction

from portal.enums import UnitKind
from portal.models import Unit, User
from portal.text import slugify

from ..enums import Attendance, MaterialKind, ParticipantRole, ReviewStatus, SessionKind, TrainingStatus
from ..models import (
    Material,
    Paper,
    Participant,
    Reminder,
    RemoteSite,
    Review,
    Session,
    Speaker,
    Topic,
    Training,
    TrainingPhoto,
)
from ..selectors import current_school_year
from .content import SPEAKERS, TOPICS, add_people, at, now_local, pdf, person_name, photo


def _training(slug: str, **fields) -> tuple[Training, bool]:
    training = Training.objects.filter(slug=slug).first()
    if training is not None:
        return training, False
    # The demo's trainings are all ready for the public site (a new one in the admin starts private).
    return Training.objects.create(slug=slug, **{"is_public": True, **fields}), True


def _agenda(training: Training, items, topics, speakers) -> None:
    for start, end, title, kind, topic, names in items:
        session = Session.objects.create(
            training=training,
            starts_at=at(training.starts_at.date(), *start),
            ends_at=at(training.starts_at.date(), *end),
            title=title,
            kind=kind,
            topic=topics.get(topic),
        )
        session.speakers.set([speakers[n] for n in names])


@transaction.atomic
def seed(stdout=None) -> None:
    department = Unit.objects.filter(kind=UnitKind.DEPARTMENT).order_by("pk").first()
    if department is None:
        return  # the portal's demo makes the units first (seed_demo runs it before this)
    rng = random.Random(20251016)  # noqa: S311 - demo data, reproducible
    topics = {}
    for key, (name, description) in TOPICS.items():
        topics[key], _created = Topic.objects.get_or_create(name=name, defaults={"description": description})
    speakers = {}
    for full_name, title, organization, bio in SPEAKERS:
        speakers[full_name], _created = Speaker.objects.get_or_create(
            full_name=full_name,
            defaults={
                "title": title,
                "organization": organization,
                "bio": bio,
                "email": f"{slugify(full_name).replace('-', '.')}@baocaovien.example.vn",
            },
        )
    bureaus = list(Unit.objects.filter(kind=UnitKind.BUREAU).order_by("order", "name"))
    schools = list(Unit.objects.filter(kind=UnitKind.SCHOOL).order_by("order", "name"))
    leader = User.objects.filter(username="lanhdao").first()
    today = now_local().date()
    made = []

    # 1. The big one: in person, 1,000 delegates from 60 units, held, waiting for the leaders.
    units = (bureaus + schools)[:59]  # with the press unit of the reporters: 60 units
    big_day = today - datetime.timedelta(days=35)
    big_title = f"Hội nghị tập huấn công tác truyền thông giáo dục năm học {current_school_year(big_day)}"
    big, created = _training(
        slugify(big_title),
        title=big_title,
        kind="conference",
        format="in_person",
        school_year=current_school_year(big_day),
        starts_at=at(big_day, 7, 30),
        ends_at=at(big_day, 16, 30),
        venue="Hội trường Trung tâm Hội nghị tỉnh, 10 Lê Duẩn, Buôn Ma Thuột",
        organizer=department,
        objectives=(
            "Quán triệt kế hoạch truyền thông của ngành năm học 2025-2026; bồi dưỡng kỹ năng phát ngôn, "
            "xử lý khủng hoảng truyền thông và viết tin bài cho cán bộ quản lý, cộng tác viên các đơn vị."
        ),
        summary=(
            "Hơn 900 cán bộ quản lý, cộng tác viên truyền thông của 15 phòng giáo dục và đào tạo và các trường "
            "học dự hội nghị. Báo cáo viên của Trung tâm Bồi dưỡng nghiệp vụ báo chí và Báo Đắk Lắk trao đổi "
            "về kỹ năng phát ngôn, xử lý khủng hoảng và quan hệ với báo chí."
        ),
        outcomes=(
            "Các đơn vị thống nhất cử người phụ trách truyền thông, cập nhật tin bài lên cổng thông tin ít nhất "
            "hai tin mỗi tháng; Văn phòng Sở hoàn thiện quy chế phát ngôn trong tháng tới."
        ),
        expected_participants=1000,
        status=TrainingStatus.HELD,
        review_status=ReviewStatus.SUBMITTED,
        organizer_email="vanphong@sgddt.example.vn",
    )
    if created:
        _agenda(
            big,
            [
                ((7, 30), (8, 0), "Đón tiếp đại biểu, điểm danh", SessionKind.OTHER, None, []),
                (
                    (8, 0),
                    (9, 30),
                    "Kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
                    SessionKind.TALK,
                    "spokesperson",
                    ["Phan Thanh Hải"],
                ),
                (
                    (9, 45),
                    (11, 0),
                    "Nhận diện và xử lý khủng hoảng truyền thông trong trường học",
                    SessionKind.TALK,
                    "crisis",
                    ["Phan Thanh Hải", "Trịnh Quốc Việt"],
                ),
                ((13, 30), (14, 30), "Tham luận của các đơn vị", SessionKind.PAPER, "writing", []),
                (
                    (14, 45),
                    (16, 0),
                    "Hỏi - đáp với báo cáo viên",
                    SessionKind.QA,
                    "press",
                    ["Trịnh Quốc Việt", "H'Lan Êban"],
                ),
            ],
            topics,
            speakers,
        )
        add_people(big, units, 980, rng, checked=True)  # + 1 speaker + 19 reporters = 1,000
        Participant.objects.bulk_create(
            [
                Participant(
                    training=big,
                    full_name="Phan Thanh Hải",
                    position="Nhà báo",
                    role=ParticipantRole.SPEAKER,
                    email="phan.thanh.hai@baocaovien.example.vn",
                    attendance=Attendance.PRESENT,
                    person_key="e:phan.thanh.hai@baocaovien.example.vn",
                ),
                *[
                    Participant(
                        training=big,
                        full_name=person_name(rng),
                        position="Phóng viên",
                        role=ParticipantRole.PRESS,
                        unit=Unit.objects.filter(kind=UnitKind.PRESS).first(),
                        attendance=Attendance.PRESENT,
                        email=f"phongvien{n}@baochi.example.vn",
                        person_key=f"e:phongvien{n}@baochi.example.vn",
                    )
                    for n in range(1, 20)
                ],
            ]
        )
        for order, (title, unit) in enumerate(
            [
                ("Kinh nghiệm xây dựng đội ngũ cộng tác viên truyền thông ở trường học", bureaus[0]),
                ("Quản lý trang Facebook của nhà trường: những điều cần tránh", schools[3]),
                ("Phối hợp với báo chí khi có sự việc phức tạp xảy ra ở trường", bureaus[6]),
            ],
            start=1,
        ):
            paper = Paper(training=big, title=title, unit=unit, presenter=person_name(rng), order=order)
            paper.file.save(f"tham-luan-{order}.pdf", pdf(title), save=False)
            paper.save()
        for order, (title, kind, public) in enumerate(
            [
                ("Bài trình chiếu: Kỹ năng phát ngôn", MaterialKind.SLIDES, True),
                ("Tài liệu: Quy chế phát ngôn và cung cấp thông tin cho báo chí", MaterialKind.DOCUMENT, True),
                ("Kế hoạch truyền thông năm học 2025-2026 (dự thảo)", MaterialKind.DOCUMENT, False),
            ],
            start=1,
        ):
            material = Material(training=big, title=title, kind=kind, is_public=public, order=order)
            material.file.save(f"tai-lieu-{order}.pdf", pdf(title), save=False)
            material.save()
        for order, caption in enumerate(
            ["Toàn cảnh hội nghị tại Trung tâm Hội nghị tỉnh", "Báo cáo viên trao đổi về kỹ năng phát ngôn"], start=1
        ):
            picture = TrainingPhoto(training=big, caption=caption, order=order)
            picture.image.save(f"hoi-nghi-{order}.jpg", photo(order), save=False)
            picture.save()
        try:
            from news.models import Article

            big.articles.set(Article.objects.filter(title__icontains="tập huấn")[:3])
        except Exception:  # noqa: BLE001, S110 - news demo is optional; links are a nicety
            pass
    made.append(big)

    # 2. Online, with a remote site in every district bureau; head counts reported.
    online_day = today - datetime.timedelta(days=14)
    online, created = _training(
        "toa-dam-truc-tuyen-truyen-thong-tren-mang-xa-hoi-trong-truong-hoc",
        title="Tọa đàm trực tuyến: Truyền thông trên mạng xã hội trong trường học",
        kind="round_table",
        format="online",
        school_year=current_school_year(online_day),
        starts_at=at(online_day, 14, 0),
        ends_at=at(online_day, 16, 30),
        venue="Điểm cầu chính: Phòng họp trực tuyến Sở GD&ĐT",
        online_url="https://hop.sgddt.example.vn/toa-dam-mang-xa-hoi",
        organizer=department,
        summary="Tọa đàm trực tuyến với 15 điểm cầu phòng giáo dục và đào tạo về quản lý trang mạng xã hội của nhà trường.",
        outcomes="Thống nhất bộ quy tắc ứng xử trên mạng xã hội áp dụng cho trang của các trường.",
        expected_participants=450,
        status=TrainingStatus.HELD,
        review_status=ReviewStatus.SUBMITTED,
    )
    if created:
        _agenda(
            online,
            [
                (
                    (14, 0),
                    (14, 45),
                    "Trang mạng xã hội của nhà trường: quản lý và bảo mật",
                    SessionKind.TALK,
                    "social",
                    ["Đoàn Thị Minh Nguyệt"],
                ),
                (
                    (14, 45),
                    (15, 30),
                    "Xử lý bình luận tiêu cực và tin giả",
                    SessionKind.DISCUSSION,
                    "crisis",
                    ["Đoàn Thị Minh Nguyệt", "H'Lan Êban"],
                ),
                ((15, 30), (16, 30), "Các điểm cầu trao đổi, hỏi - đáp", SessionKind.QA, "social", []),
            ],
            topics,
            speakers,
        )
        sites = {}
        for bureau in bureaus:
            expected = rng.randint(20, 40)
            sites[bureau.pk] = RemoteSite.objects.create(
                training=online,
                name=f"Điểm cầu {bureau.short_name or bureau.name}",
                unit=bureau,
                expected_count=expected,
                head_count=expected - rng.randint(0, 5),
                counted_at=online.starts_at + datetime.timedelta(minutes=10),
            )
        add_people(online, bureaus, 45, rng, checked=True, sites=sites)
    made.append(online)

    # 3. Upcoming, registration open, reminders 3 days and 2 hours before.
    start_day = today + datetime.timedelta(days=10)
    upcoming, created = _training(
        "tap-huan-ky-nang-phat-ngon-va-cung-cap-thong-tin-cho-bao-chi",
        title="Tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
        kind="training",
        format="hybrid",
        school_year=current_school_year(start_day),
        starts_at=at(start_day, 7, 30),
        ends_at=at(start_day, 11, 30),
        venue="Phòng họp tầng 3, Sở Giáo dục và Đào tạo",
        online_url="https://hop.sgddt.example.vn/tap-huan-phat-ngon",
        organizer=department,
        summary="Tập huấn dành cho hiệu trưởng các trường trung học phổ thông và lãnh đạo phòng giáo dục và đào tạo.",
        expected_participants=120,
        status=TrainingStatus.OPEN,
    )
    if created:
        _agenda(
            upcoming,
            [
                (
                    (7, 30),
                    (9, 30),
                    "Quy định về phát ngôn của cơ quan hành chính nhà nước",
                    SessionKind.TALK,
                    "spokesperson",
                    ["H'Lan Êban"],
                ),
                (
                    (9, 45),
                    (11, 30),
                    "Thực hành trả lời phỏng vấn trước ống kính",
                    SessionKind.DISCUSSION,
                    "press",
                    ["Phan Thanh Hải"],
                ),
            ],
            topics,
            speakers,
        )
        add_people(upcoming, bureaus + schools[-8:], 120, rng, checked=False)
        Reminder.objects.create(training=upcoming, hours_before=72, audience="both")
        Reminder.objects.create(training=upcoming, hours_before=2, audience="delegates")
    made.append(upcoming)

    # 4. Last school year, signed off: the overview compares years.
    last_day = big_day - datetime.timedelta(days=343)
    last_title = f"Hội nghị tập huấn viết tin bài cho cổng thông tin điện tử năm học {current_school_year(last_day)}"
    last, created = _training(
        slugify(last_title),
        title=last_title,
        kind="training",
        format="hybrid",
        school_year=current_school_year(last_day),
        starts_at=at(last_day, 7, 30),
        ends_at=at(last_day, 16, 30),
        venue="Hội trường Sở Giáo dục và Đào tạo",
        organizer=department,
        summary="Bồi dưỡng kỹ năng viết tin, chụp ảnh báo chí cho cộng tác viên các trường.",
        outcomes="320 cộng tác viên hoàn thành bài thực hành; 45 tin bài được chọn đăng trên cổng thông tin.",
        expected_participants=350,
        status=TrainingStatus.HELD,
    )
    if created:
        _agenda(
            last,
            [
                (
                    (7, 30),
                    (10, 0),
                    "Cấu trúc tin, cách đặt tít và viết sapo",
                    SessionKind.TALK,
                    "writing",
                    ["Trịnh Quốc Việt"],
                ),
                ((10, 15), (11, 30), "Ảnh báo chí bằng điện thoại", SessionKind.TALK, "writing", ["Trịnh Quốc Việt"]),
            ],
            topics,
            speakers,
        )
        add_people(last, schools[:40], 340, rng, checked=True)
        if leader is not None:
            from trainings.services.reviews import training_sign_off

            Review.objects.create(training=last, author=leader, comment="Đề nghị nhân rộng mô hình cộng tác viên.")
            training_sign_off(training=last, by=leader, comment="Đồng ý hồ sơ.")
    made.append(last)

    if stdout is not None:
        for training in made:
            stdout.write(f"  {training.title}: {training.participants.count()} người tham dự")
