"""A complete, realistic demo report (Sở Công Thương Nghệ An, năm 2025), so a new user sees the whole form filled."""

from __future__ import annotations

from typing import Any

from gui.core.demo_uid import demo_uid, is_demo_uid  # noqa: F401  (re-exported beside the demo)
from gui.core.document import Signer
from gui.core.period import parse_period
from gui.core.profile import Profile
from gui.core.units import province_list_at

DEMO_UID = "demo-nq82-40-2025"

DEMO_AT = "2025-12-15T08:30:00+00:00"
DEMO_PERIOD = "2025"
DEMO_PROVINCE = "40"

DEMO_PROFILE = Profile(
    unit_kind="province",
    unit_code=DEMO_PROVINCE,
    parent_body="ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
    agency="SỞ CÔNG THƯƠNG",
    symbol="BC-SCT",
    place="Nghệ An",
    signer=Signer(authority="KT.", authority_of="GIÁM ĐỐC", position="PHÓ GIÁM ĐỐC", name="Nguyễn Thị Hường"),
    addressee=["Bộ Công Thương (Ủy ban Cạnh tranh Quốc gia)"],
    recipients=["Như trên", "UBND tỉnh (để báo cáo)", "Giám đốc Sở (để báo cáo)", "Các phòng, đơn vị thuộc Sở"],
    archive_unit="QLTM",
)

DEMO_HEADER: dict[str, Any] = {"header.number": "412", "header.date": "2025-12-15"}

DEMO_VALUES: dict[str, Any] = {
    "direction_summary": (
        "Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành, Ủy ban nhân dân các xã, phường triển khai đồng bộ "
        "Nghị quyết số 82/NQ-CP và Luật Bảo vệ quyền lợi người tiêu dùng năm 2023. Sở Công Thương được giao làm "
        "cơ quan đầu mối, chủ trì phối hợp với Công an tỉnh, Sở Y tế, Sở Nông nghiệp và Môi trường, Hội Bảo vệ "
        "người tiêu dùng tỉnh trong việc tiếp nhận, giải quyết yêu cầu của người tiêu dùng.\n"
        "Sau khi sắp xếp đơn vị hành chính hai cấp từ ngày 01/7/2025, nhiệm vụ bảo vệ quyền lợi người tiêu dùng "
        "ở cấp xã được giao cho phòng Kinh tế của Ủy ban nhân dân các xã, phường; Sở Công Thương đã tổ chức "
        "hướng dẫn nghiệp vụ cho cán bộ mới được phân công."
    ),
    "plan_issued": True,
    "plan_ref": {"number": "473/KH-UBND", "date": "2020-07-28"},
    "plan_issuer": "Ủy ban nhân dân tỉnh Nghệ An",
    "coordination_rules_issued": True,
    "coordination_rules_ref": {"number": "18/2022/QĐ-UBND", "date": "2022-05-16"},
    "focal_agency": "Sở Công Thương tỉnh Nghệ An",
    "staff_fulltime": 3,
    "staff_parttime": 130,
    "budget_vnd": 485000000,
    "documents_issued": [
        {
            "number": "126/KH-UBND",
            "date": "2025-02-21",
            "doc_kind": "plan",
            "summary": "Kế hoạch tổ chức hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2025",
        },
        {
            "number": "1840/SCT-QLTM",
            "date": "2025-06-10",
            "doc_kind": "official_letter",
            "summary": "Hướng dẫn tiếp nhận, giải quyết yêu cầu của người tiêu dùng sau sắp xếp đơn vị hành chính",
        },
        {
            "number": "35/CT-UBND",
            "date": "2025-09-04",
            "doc_kind": "directive",
            "summary": "Chỉ thị tăng cường bảo vệ quyền lợi người tiêu dùng trong giao dịch thương mại điện tử",
        },
    ],
    "sm_results": (
        "Sở Công Thương đã tham mưu Ủy ban nhân dân tỉnh ban hành các kế hoạch, văn bản chỉ đạo về bảo vệ quyền "
        "lợi người tiêu dùng; định kỳ kiểm tra, đôn đốc việc thực hiện tại các sở, ngành và địa phương; tổ chức "
        "hội nghị sơ kết 5 năm thực hiện Nghị quyết 82/NQ-CP, đánh giá kết quả và đề ra nhiệm vụ giai đoạn mới."
    ),
    "sm_plans": 4,
    "sm_directives": 12,
    "sm_reviews": 2,
    "lo_results": (
        "Tỉnh đã ban hành Quy chế phối hợp trong công tác bảo vệ quyền lợi người tiêu dùng; bố trí công chức "
        "chuyên trách tại Phòng Quản lý thương mại; tổ chức tập huấn Luật Bảo vệ quyền lợi người tiêu dùng số "
        "19/2023/QH15 và Nghị định số 55/2024/NĐ-CP cho cán bộ cấp tỉnh và cấp xã."
    ),
    "lo_regulations": 1,
    "lo_dedicated_unit": True,
    "lo_training_courses": 6,
    "lo_training_participants": 742,
    "cm_results": (
        'Hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam 15/3/2025 với chủ đề "Chuyển đổi xanh hướng tới '
        'tiêu dùng bền vững", Sở Công Thương phối hợp với Đài Phát thanh và Truyền hình tỉnh, Báo Nghệ An tổ '
        "chức lễ phát động, treo băng rôn, khẩu hiệu tại các chợ, siêu thị, trung tâm thương mại; đăng tải tin, "
        "bài trên Cổng thông tin điện tử của Sở và trang mạng xã hội; phát tờ rơi hướng dẫn người tiêu dùng "
        "nhận diện hàng giả, hàng kém chất lượng và mua sắm an toàn trên môi trường mạng."
    ),
    "cm_events": 18,
    "cm_articles": 146,
    "cm_broadcasts": 24,
    "cm_online_posts": 312,
    "cm_rights_day_held": True,
    "cm_rights_day_date": "2025-03-14",
    "cm_rights_day_activities": 9,
    "cm_consumers_reached": 58400,
    "campaigns": [
        {
            "name": "Lễ phát động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam 15/3/2025",
            "date": "2025-03-14",
            "form": "event",
            "participants": 650,
        },
        {
            "name": "Tập huấn kỹ năng mua sắm an toàn trên mạng cho đoàn viên, hội viên",
            "date": "2025-05-22",
            "form": "training",
            "participants": 1200,
        },
        {
            "name": 'Chuyên mục "Người tiêu dùng thông thái" trên sóng phát thanh tỉnh',
            "date": "2025-08-01",
            "form": "media",
            "participants": 45000,
        },
        {
            "name": "Chuỗi video ngắn nhận diện hàng giả trên mạng xã hội",
            "date": "2025-10-15",
            "form": "online",
            "participants": 11550,
        },
    ],
    "cp_results": (
        "Trong năm, Sở Công Thương và Hội Bảo vệ người tiêu dùng tỉnh đã tiếp nhận 236 yêu cầu, khiếu nại của "
        "người tiêu dùng, chủ yếu liên quan đến mua bán trực tuyến, dịch vụ viễn thông, điện máy và dịch vụ du "
        "lịch. Các lực lượng chức năng đã thanh tra, kiểm tra, phát hiện và xử lý nghiêm các hành vi vi phạm "
        "quyền lợi người tiêu dùng, tập trung vào hàng giả, hàng không rõ nguồn gốc và ghi nhãn hàng hóa."
    ),
    "cp_received": 236,
    "cp_hotline": 71,
    "cp_in_person": 38,
    "cp_written": 45,
    "cp_online": 82,
    "cp_supported": 229,
    "cp_resolved": 198,
    "cp_transferred": 14,
    "in_teams": 27,
    "in_businesses": 1364,
    "in_violations": 412,
    "fines_cases": 389,
    "fines_imposed": 2845600000,
    "fines_collected": 2710350000,
    "contracts_registered": 21,
    "notable_cases": [
        {
            "business": "Công ty TNHH Điện máy Ánh Dương",
            "violation": "Không thực hiện bảo hành đúng cam kết",
            "fine": 35000000,
            "status": "done",
        },
        {
            "business": "Hộ kinh doanh Nguyễn Văn Đức",
            "violation": "Kinh doanh mỹ phẩm không rõ nguồn gốc, xuất xứ",
            "fine": 47500000,
            "status": "done",
        },
        {
            "business": 'Cửa hàng trực tuyến "Nhà Xinh Shop"',
            "violation": "Cung cấp thông tin sai lệch về sản phẩm",
            "fine": 22000000,
            "status": "ongoing",
        },
    ],
    "so_results": (
        "Hội Bảo vệ người tiêu dùng tỉnh duy trì hoạt động tư vấn, hỗ trợ người tiêu dùng; phối hợp với các doanh "
        "nghiệp phân phối lớn ký cam kết kinh doanh minh bạch, không kinh doanh hàng giả, hàng nhái."
    ),
    "so_association": True,
    "so_association_members": 1250,
    "so_district_networks": 8,
    "so_mediation_orgs": 2,
    "so_business_programs": 5,
    "id_results": (
        "Đưa vào vận hành chuyên mục tiếp nhận phản ánh trực tuyến trên Cổng thông tin điện tử của Sở Công Thương "
        "và tích hợp với Tổng đài tư vấn quốc gia 1800 6838; tham gia chương trình trao đổi kinh nghiệm về bảo vệ "
        "người tiêu dùng trong thương mại điện tử xuyên biên giới."
    ),
    "id_online_channel": True,
    "id_ecommerce_cases": 97,
    "id_international_activities": 1,
    "as_results": (
        "Công tác bảo vệ quyền lợi người tiêu dùng trên địa bàn tỉnh được quan tâm chỉ đạo; nhận thức của người "
        "tiêu dùng và doanh nghiệp được nâng lên; tỷ lệ vụ việc được hỗ trợ, giải quyết đạt và vượt chỉ tiêu."
    ),
    "as_shortcomings": (
        "Lực lượng làm công tác bảo vệ quyền lợi người tiêu dùng còn mỏng, chủ yếu kiêm nhiệm; kinh phí còn hạn "
        "chế; việc xử lý vi phạm trong thương mại điện tử còn gặp nhiều khó khăn."
    ),
    "as_causes_objective": (
        "Phương thức kinh doanh trên môi trường mạng phát triển nhanh, khó xác định chủ thể; việc sắp xếp tổ chức "
        "bộ máy làm thay đổi đầu mối ở cấp xã."
    ),
    "as_causes_subjective": (
        "Một số địa phương chưa bố trí đủ nguồn lực; công tác phối hợp giữa các lực lượng có lúc chưa chặt chẽ."
    ),
    "nt_tasks": (
        "Tiếp tục triển khai Luật Bảo vệ quyền lợi người tiêu dùng năm 2023 và Đề án phát triển hoạt động bảo vệ "
        "quyền lợi người tiêu dùng giai đoạn 2026–2030; tăng cường tuyên truyền, kiểm tra, xử lý vi phạm trong "
        "thương mại điện tử; kiện toàn đội ngũ cán bộ cấp xã."
    ),
    "pr_government": "Sớm ban hành chính sách hỗ trợ kinh phí cho hoạt động bảo vệ quyền lợi người tiêu dùng ở cấp xã.",
    "pr_ministry": (
        "Tổ chức tập huấn chuyên sâu về giải quyết tranh chấp trong thương mại điện tử; xây dựng cơ sở dữ liệu "
        "dùng chung về khiếu nại của người tiêu dùng."
    ),
    "pr_others": "",
}


def demo_unit_and_period() -> tuple[Any, Any]:
    period = parse_period(DEMO_PERIOD)
    unit = province_list_at(period.end).get(DEMO_PROVINCE)
    assert unit is not None
    return unit, period
