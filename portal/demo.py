"""Demo data of the portal app: the department, its bureaus and schools, one user per role.

The organisation pages, spokespersons, links and questions come from ``demo_organisation``.

Everything here is invented for demonstration; ``seed_demo`` runs it and is idempotent.
"""

from django.contrib.auth.models import Group
from django.db import transaction

from . import roles
from .demo_organisation import seed_organisation, without_diacritics
from .enums import UnitKind
from .models import SiteProfile, Unit, User

DEPARTMENT = ("SGDDT", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", "Sở GD&ĐT")

# (code, place): one district bureau of education per district-level locality.
BUREAUS = [
    ("BMT", "thành phố Buôn Ma Thuột"),
    ("BH", "thị xã Buôn Hồ"),
    ("EHL", "huyện Ea H'leo"),
    ("KBK", "huyện Krông Búk"),
    ("KN", "huyện Krông Năng"),
    ("ES", "huyện Ea Súp"),
    ("CMG", "huyện Cư M'gar"),
    ("KP", "huyện Krông Pắc"),
    ("EK", "huyện Ea Kar"),
    ("MD", "huyện M'Đrắk"),
    ("KBG", "huyện Krông Bông"),
    ("KA", "huyện Krông Ana"),
    ("LK", "huyện Lắk"),
    ("CK", "huyện Cư Kuin"),
    ("BD", "huyện Buôn Đôn"),
]

# School names are reused across districts, as they are in practice; the bureau tells them apart.
SCHOOL_NAMES = [
    "Trường Mầm non Hoa Sen",
    "Trường Tiểu học Lê Văn Tám",
    "Trường Tiểu học Kim Đồng",
    "Trường THCS Nguyễn Du",
    "Trường THCS Lý Tự Trọng",
]

HIGH_SCHOOLS = [
    ("THPT-CHUYEN", "Trường THPT Chuyên Nguyễn Du"),
    ("THPT-BMT", "Trường THPT Buôn Ma Thuột"),
    ("THPT-CVA", "Trường THPT Chu Văn An"),
    ("THPT-PBC", "Trường THPT Phan Bội Châu"),
    ("THPT-NTMK", "Trường THPT Nguyễn Thị Minh Khai"),
    ("THPT-KRP", "Trường THPT Krông Pắc"),
    ("THPT-EHL", "Trường THPT Ea H'leo"),
    ("THPT-DTNT", "Trường Phổ thông Dân tộc nội trú N'Trang Lơng"),
]

OTHER_UNITS = [
    ("BAO-DL", "Báo Đắk Lắk", UnitKind.PRESS),
    ("DAI-PTTH", "Đài Phát thanh - Truyền hình tỉnh", UnitKind.PRESS),
    ("TTBD-BC", "Trung tâm Bồi dưỡng nghiệp vụ báo chí", UnitKind.OTHER),
]

# username, password, role, last name, first name, position, unit code
USERS = [
    ("congtacvien", "CongTacVien@2026", roles.COLLABORATOR, "Hoàng Thị", "Mai", "Giáo viên, cộng tác viên", "BMT-04"),
    ("bientapvien", "BienTapVien@2026", roles.EDITOR, "Trần Quốc", "Bảo", "Biên tập viên", "SGDDT"),
    ("lanhdao", "LanhDaoSo@2026", roles.LEADER, "Nguyễn Văn", "Thành", "Phó Giám đốc Sở", "SGDDT"),
    ("quantri", "QuanTri@2026", roles.ADMINISTRATOR, "Lê Minh", "Khoa", "Quản trị cổng thông tin", "SGDDT"),
]


# How English writes the kinds of locality in a bureau's name (Vietnamese prefix → English suffix).
PLACE_KINDS_EN = {"thành phố ": "City", "thị xã ": "Town", "huyện ": "District"}


def _place_en(place: str) -> str:
    """``huyện Krông Pắc`` → ``Krong Pac District``: the usual English form, without diacritics."""
    for prefix, suffix in PLACE_KINDS_EN.items():
        if place.startswith(prefix):
            return f"{without_diacritics(place.removeprefix(prefix))} {suffix}"
    return without_diacritics(place)


def _unit(code: str, name: str, kind: str, parent: Unit | None, **extra) -> Unit:
    unit, _created = Unit.objects.update_or_create(
        code=code, defaults={"name": name, "kind": kind, "parent": parent, **extra}
    )
    return unit


@transaction.atomic
def seed(stdout=None) -> None:
    code, name, short_name = DEPARTMENT
    department = _unit(
        code,
        name,
        UnitKind.DEPARTMENT,
        None,
        short_name=short_name,
        name_en="Dak Lak Department of Education and Training",
        address="Số 8 Nguyễn Tất Thành, phường Tân Lợi, Buôn Ma Thuột, Đắk Lắk",
        phone="0262 3852 001",
        email="vanphong@sgddt.example.vn",
    )
    for order, (bureau_code, place) in enumerate(BUREAUS, start=1):
        bureau = _unit(
            bureau_code,
            f"Phòng Giáo dục và Đào tạo {place}",
            UnitKind.BUREAU,
            department,
            short_name=f"Phòng GD&ĐT {place.removeprefix('thành phố ').removeprefix('thị xã ').removeprefix('huyện ')}",
            name_en=f"{_place_en(place)} Bureau of Education and Training",
            order=order,
        )
        for number, school in enumerate(SCHOOL_NAMES[: 4 if order % 2 else 5], start=1):
            _unit(f"{bureau_code}-{number:02d}", school, UnitKind.SCHOOL, bureau)
    for order, (school_code, school) in enumerate(HIGH_SCHOOLS, start=100):
        _unit(school_code, school, UnitKind.SCHOOL, department, order=order)
    for unit_code, unit_name, kind in OTHER_UNITS:
        _unit(unit_code, unit_name, kind, None, order=900)

    profile, _created = SiteProfile.objects.get_or_create(pk=1)
    profile.name = name
    profile.parent_name = "Ủy ban nhân dân tỉnh Đắk Lắk"
    profile.portal_name = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"
    profile.address = department.address
    profile.phone = department.phone
    profile.email = department.email
    profile.responsible_person = "Ông Nguyễn Văn Thành"
    profile.responsible_title = "Phó Giám đốc Sở"
    profile.licence = "Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 15/03/2023"
    profile.working_hours = "Sáng 7 giờ – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu"
    profile.name_en = "Dak Lak Department of Education and Training"
    profile.parent_name_en = "Dak Lak Provincial People's Committee"
    profile.portal_name_en = "Web Portal of the Dak Lak Department of Education and Training"
    profile.address_en = "8 Nguyen Tat Thanh Street, Tan Loi Ward, Buon Ma Thuot, Dak Lak"
    profile.working_hours_en = "Monday to Friday, 7:00–11:30 and 13:30–17:00"
    profile.responsible_person_en = "Mr Nguyen Van Thanh"
    profile.responsible_title_en = "Deputy Director"
    profile.licence_en = (
        "Licence No. 05/GP-TTĐT issued by the Department of Information and Communications on 15/03/2023"
    )
    from portal.services.core import site_profile_save

    site_profile_save(profile=profile)

    lines = []
    for username, password, role, last_name, first_name, position, unit_code in USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "last_name": last_name,
                "first_name": first_name,
                "position": position,
                "email": f"{username}@sgddt.example.vn",
                "unit": Unit.objects.get(code=unit_code),
                "is_staff": role in roles.STAFF_ROLES,
            },
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name=role))
        shown = password if created else "(giữ nguyên mật khẩu đã đặt)"
        lines.append(f"  {role:<28} {username:<12} {shown}")
    seed_organisation(editor=User.objects.get(username="bientapvien"))
    if stdout is not None:
        stdout.write("Tài khoản mẫu (vai trò, tên đăng nhập, mật khẩu):")
        for line in lines:
            stdout.write(line)
