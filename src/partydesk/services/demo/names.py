"""Word lists for realistic, invented Vietnamese demo members (weights are rough shares)."""

FAMILY_NAMES = {
    "Nguyễn": 38, "Trần": 11, "Lê": 9, "Phạm": 7, "Hoàng": 4, "Huỳnh": 1, "Phan": 4,
    "Vũ": 3, "Võ": 1, "Đặng": 2, "Bùi": 2, "Đỗ": 2, "Hồ": 1, "Ngô": 1, "Dương": 1,
    "Lý": 1, "Đinh": 1, "Trịnh": 1, "Đoàn": 1, "Lương": 1,
}
MIDDLE_NAMES = {
    "male": {"Văn": 30, "Đức": 8, "Hữu": 6, "Minh": 8, "Quang": 6, "Công": 4, "Xuân": 4,
             "Đình": 5, "Thành": 4, "Tiến": 3, "Ngọc": 2, "Mạnh": 2, "Trọng": 3},
    "female": {"Thị": 55, "Ngọc": 6, "Thu": 5, "Thanh": 5, "Kim": 3, "Bích": 2,
               "Hồng": 3, "Diệu": 2, "Phương": 2, "Thúy": 2},
}
GIVEN_NAMES = {
    "male": ["Hùng", "Dũng", "Đức", "Tuấn", "Hải", "Cường", "Thắng", "Quyết", "Phúc", "Lộc",
             "Việt", "Đạt", "Khánh", "Tùng", "Sơn", "Thành", "Hiếu", "Nghĩa", "Trường",
             "Thịnh", "Bình", "Quân", "Hưng", "Mạnh", "Nam", "Long", "Toàn", "Chiến", "Đông",
             "Ước", "Ổn", "Ẩn", "Huy", "Kiên", "Lực", "Phước", "Thuận", "Vượng", "Định"],
    "female": ["Hường", "Hương", "Lan", "Mai", "Hoa", "Nga", "Hằng", "Thủy", "Yến", "Trang",
               "Huyền", "Ánh", "Ngọc", "Phượng", "Thảo", "Loan", "Nhung", "Dung", "Hạnh",
               "Liên", "Oanh", "Tuyết", "Đào", "Quỳnh", "Diệp", "Giang", "Nguyệt", "Ửng",
               "Ỷ", "Ấm", "Điệp", "Lụa", "Xuyến", "Gấm", "Mỹ"],
}
# Minority peoples keep their own family names and naming patterns.
MINORITY_NAMES = {
    "Thái": (["Lò", "Cầm", "Quàng", "Lường", "Hà", "Vi"], ["Văn"], ["Thị"]),
    "Tày": (["Nông", "Hoàng", "Ma", "Lương", "Bế", "Hà"], ["Văn", "Đình"], ["Thị"]),
    "H'Mông": (["Giàng", "Sùng", "Thào", "Vàng", "Hờ", "Mùa", "Lầu"], ["A", "Seo"], ["Thị"]),
    "Nùng": (["Nông", "Hoàng", "Lương", "Vy", "Triệu"], ["Văn"], ["Thị"]),
    "Dao": (["Triệu", "Bàn", "Đặng", "Lý", "Chảo"], ["Văn", "Tòn"], ["Thị", "Mùi"]),
    "Mường": (["Bùi", "Đinh", "Quách", "Hà", "Xa"], ["Văn"], ["Thị"]),
}
MINORITY_GIVEN = ["Páo", "Pằng", "Sểnh", "Chứ", "Dơ", "Xuân", "Thắm", "Mỷ", "Súa", "Phềnh",
                  "Khìn", "Lả", "Blong", "Nhí", "Dìn", "Nọi", "Ún", "Kim", "Chiến", "Lử"]
ETHNICITIES = {"Kinh": 60, "Tày": 8, "Thái": 8, "Mường": 6, "H'Mông": 6, "Nùng": 4,
               "Dao": 4, "Ê Đê": 2, "Gia Rai": 2, "Ba Na": 1, "Khmer": 1, "Hoa": 1}
RELIGIONS = {"Không": 85, "Phật giáo": 8, "Công giáo": 4, "Tin lành": 2, "Cao Đài": 1}
EDUCATION = {"12/12": 60, "9/12": 25, "10/10": 8, "7/10": 3, "5/12": 4}
PROFESSIONAL = {"": 45, "Sơ cấp": 8, "Trung cấp": 20, "Cao đẳng": 10, "Đại học": 15,
                "Thạc sĩ": 2}
THEORY = {"Sơ cấp": 70, "Trung cấp": 20, "Cao cấp": 6, "Cử nhân": 4}
OCCUPATIONS = {"Nông dân": 45, "Giáo viên": 10, "Cán bộ xã": 8, "Công an xã": 4,
               "Bộ đội xuất ngũ": 5, "Hưu trí": 12, "Y sĩ": 3, "Buôn bán": 6,
               "Công nhân": 5, "Sinh viên": 2}
PROVINCES = ["Lạng Sơn", "Cao Bằng", "Hà Giang", "Lào Cai", "Điện Biên", "Lai Châu",
             "Sơn La", "Hòa Bình", "Nghệ An", "Quảng Trị", "Kon Tum", "Đắk Lắk",
             "Thanh Hóa", "Tuyên Quang", "Yên Bái", "Bắc Kạn"]
COMMUNES = ["Đồng Tâm", "Hòa Bình", "Tân Lập", "Quyết Thắng", "Hồng Phong", "Bản Lầu",
            "Mường Khương", "Nà Hang", "Đắk Ơ", "Thanh Thủy", "Ea Tir", "Xuân Trường",
            "Pá Vệt Sủ", "Chiềng Ơn", "Yên Thượng", "Ngọc Đường"]
