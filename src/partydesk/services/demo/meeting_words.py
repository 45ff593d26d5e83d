"""Invented Vietnamese wording for demo meetings: topics, speeches, conclusions, tasks."""

REVIEW_TITLE = "Đánh giá kết quả thực hiện nhiệm vụ tháng {prev}"
PLAN_TITLE = "Phương hướng, nhiệm vụ tháng {month}"
CONVERSION_TITLE = "Xét đề nghị công nhận đảng viên chính thức"
PURPOSE = "Sinh hoạt chi bộ thường kỳ tháng {month}"
PLACES = ["Nhà văn hóa thôn", "Hội trường thôn", "Nhà văn hóa bản"]
GUESTS = [
    "Đồng chí Hoàng Văn Bình, Đảng ủy viên, phụ trách địa bàn",
    "Đồng chí Lê Thị Hạnh, cán bộ Văn phòng Đảng ủy xã",
]

THEMES = [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần đoàn kết",
    "Phát huy vai trò của đảng viên trong xây dựng nông thôn mới ở thôn",
    "Chủ động phòng, chống thiên tai, bão lũ và sạt lở đất mùa mưa",
    "Giữ gìn an ninh trật tự, phòng chống ma túy trên địa bàn thôn",
    "Chuyển đổi số: hướng dẫn người dân dùng dịch vụ công trực tuyến",
    "Vận động bà con trồng rừng, bảo vệ rừng đầu nguồn",
    "Nâng cao chất lượng sinh hoạt chi bộ và tính tiền phong của đảng viên",
    "Giữ gìn bản sắc văn hóa dân tộc, xây dựng gia đình văn hóa",
]

REVIEW_SPEECHES = [
    "Tổ hòa giải đã giải quyết xong vụ tranh chấp ranh giới đất giữa hai hộ ở xóm dưới.",
    "Kênh mương nội đồng đã được nạo vét xong, bảo đảm nước cho vụ lúa.",
    "Việc thu đảng phí trong tháng đạt đủ, không có đồng chí nào nợ.",
    "Còn một số hộ chưa tham gia bảo hiểm y tế, đề nghị chi hội phụ nữ vận động thêm.",
    "Đường bê tông liên xóm đã làm được gần hết, bà con góp nhiều ngày công.",
    "Tiêm phòng cho đàn gia súc, gia cầm đạt kế hoạch; chưa phát hiện dịch bệnh.",
    "Một số thanh niên đi làm ăn xa, việc sinh hoạt đoàn còn khó khăn.",
    "Vệ sinh môi trường ở khu chợ và bến nước chưa tốt, cần nhắc nhở thường xuyên.",
]
PLAN_SPEECHES = [
    "Đề nghị chi bộ phân công đảng viên phụ trách từng nhóm hộ để nắm tình hình dân cư.",
    "Cần chuẩn bị giống và phân bón sớm cho vụ tới, tránh bị động như năm trước.",
    "Nhất trí với dự thảo; đề nghị bổ sung nhiệm vụ kiểm tra đường dây điện trước mùa mưa.",
    "Đề nghị đưa việc vận động học sinh đi học đầy đủ vào nhiệm vụ trọng tâm.",
    "Nên tổ chức buổi tập huấn trồng cây ăn quả cho các hộ mới chuyển đổi.",
    "Tôi xin nhận phụ trách vận động các hộ xóm trên tham gia làm đường.",
]
THEME_SPEECHES = [
    "Mỗi đảng viên phải gương mẫu trước, để bà con nhìn vào mà làm theo.",
    "Qua học tập, tôi thấy cần gần dân hơn, lắng nghe ý kiến của bà con nhiều hơn.",
    "Đề nghị chi bộ có cam kết cụ thể của từng đảng viên và kiểm tra hằng quý.",
    "Việc này cần phối hợp chặt với chi hội nông dân và đoàn thanh niên.",
]
CONVERSION_SPEECH = ("Trong thời gian dự bị, đồng chí {name} chấp hành tốt chủ trương của "
                     "Đảng, gương mẫu trong công việc; đề nghị chi bộ xét công nhận chính thức.")

REVIEW_CONCLUSION = ("Chi bộ đánh giá tháng {prev} cơ bản hoàn thành nhiệm vụ đề ra; "
                     "còn tồn tại về vệ sinh môi trường và sinh hoạt đoàn thể.")
PLAN_CONCLUSION = ("Chi bộ thống nhất các nhiệm vụ trọng tâm tháng {month} như dự thảo, "
                   "có bổ sung ý kiến của các đồng chí đảng viên.")
THEME_CONCLUSION = ("Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một việc làm cụ thể "
                    "về chuyên đề và báo cáo kết quả tại buổi sinh hoạt cuối quý.")

PLAN_VOTE = "Thông qua phương hướng, nhiệm vụ tháng {month}"
THEME_VOTE = "Thông qua kết luận chuyên đề"
CONVERSION_VOTE = "Đề nghị công nhận đồng chí {name} là đảng viên chính thức"

RESOLUTION_TITLE = "về phương hướng, nhiệm vụ tháng {month}"
RESOLUTION_CONTENT = """I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG {prev}
Chi bộ cơ bản hoàn thành các nhiệm vụ đề ra: thu đảng phí đầy đủ; kênh mương nội đồng được \
nạo vét; an ninh trật tự trong thôn được giữ vững.
Hạn chế: vệ sinh môi trường ở khu chợ và bến nước chưa tốt; sinh hoạt đoàn thể còn khó khăn.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG {month}
Chi bộ nhất trí thông qua phương hướng, nhiệm vụ tháng {month}; tập trung lãnh đạo sản xuất, \
giữ gìn vệ sinh môi trường, vận động bà con tham gia bảo hiểm y tế."""
TASKS = [
    ("Thu đảng phí tháng {month}, nộp về Đảng ủy xã đúng hạn", "Đồng chí chi ủy viên"),
    ("Vận động các hộ còn lại tham gia bảo hiểm y tế", "Chi hội phụ nữ"),
    ("Hoàn thành nạo vét kênh mương xóm trên", "Trưởng thôn"),
    ("Kiểm tra, phát quang hành lang lưới điện trước mùa mưa", "Tổ an ninh thôn"),
    ("Tổ chức ra quân vệ sinh môi trường khu chợ và bến nước", "Đoàn thanh niên"),
    ("Lập danh sách học sinh có nguy cơ bỏ học, phân công đảng viên vận động",
     "Đồng chí phó bí thư"),
    ("Rà soát quần chúng ưu tú, cử đảng viên giúp đỡ", "Đồng chí bí thư"),
]
ABSENCE_REASONS = ["ốm", "đi làm ăn xa", "việc gia đình"]
AMENDMENT = ("Đính chính: phần kết luận mục 1 ghi nhầm tháng; đúng là tháng {prev}. "
             "Các nội dung khác giữ nguyên.")
