/**
 * Names that fit each nationality the centre serves, as they appear in Czech registers
 * (Vietnamese with full diacritics, Cyrillic names in Czech transliteration with the original
 * as another spelling). Family names are given in the form for the person's sex where it differs.
 */
export interface NamePool {
  family: { F: readonly string[]; M: readonly string[] };
  givenF: readonly string[];
  givenM: readonly string[];
  /** The Cyrillic original of a transliterated name, where there is one. */
  original?: Readonly<Record<string, string>>;
}

const vietnameseFamily = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];

export const namePools: Record<string, NamePool> = {
  VN: {
    family: { F: vietnameseFamily, M: vietnameseFamily },
    givenF: [
      'Thị Lan',
      'Thị Hương',
      'Thị Mai',
      'Thu Trang',
      'Ngọc Anh',
      'Thị Hoa',
      'Minh Thư',
      'Thị Hằng',
    ],
    givenM: [
      'Văn An',
      'Văn Hùng',
      'Đức Minh',
      'Quang Huy',
      'Văn Nam',
      'Minh Tuấn',
      'Đình Long',
      'Văn Dũng',
    ],
  },
  MN: {
    family: {
      F: ['Batbayar', 'Gantulga', 'Dorjsuren', 'Enkhbold', 'Tserendorj', 'Bold', 'Sukhbaatar'],
      M: ['Batbayar', 'Gantulga', 'Dorjsuren', 'Enkhbold', 'Tserendorj', 'Bold', 'Sukhbaatar'],
    },
    givenF: ['Oyuunchimeg', 'Sarnai', 'Altantsetseg', 'Enkhjargal', 'Bolormaa', 'Narantuya'],
    givenM: ['Bat-Erdene', 'Ganbold', 'Temuujin', 'Munkhbat', 'Batzorig', 'Erdenebat'],
  },
  UA: {
    family: {
      F: ['Ševčenková', 'Kovalenková', 'Bondarenková', 'Tkačenková', 'Kravčenková', 'Melnyková'],
      M: ['Ševčenko', 'Kovalenko', 'Bondarenko', 'Tkačenko', 'Kravčenko', 'Melnyk'],
    },
    givenF: ['Olena', 'Oksana', 'Natalija', 'Iryna', 'Tetjana', 'Julija'],
    givenM: ['Oleksandr', 'Andrij', 'Serhij', 'Mykola', 'Volodymyr', 'Taras'],
    original: {
      Ševčenko: 'Шевченко',
      Kovalenko: 'Коваленко',
      Tkačenko: 'Ткаченко',
      Melnyk: 'Мельник',
    },
  },
  RU: {
    family: {
      F: ['Ivanovová', 'Smirnovová', 'Kuzněcovová', 'Popovová', 'Sokolovová', 'Volkovová'],
      M: ['Ivanov', 'Smirnov', 'Kuzněcov', 'Popov', 'Sokolov', 'Volkov'],
    },
    givenF: ['Anna', 'Jelena', 'Olga', 'Natalja', 'Marija', 'Světlana'],
    givenM: ['Dmitrij', 'Sergej', 'Alexej', 'Andrej', 'Ivan', 'Michail'],
    original: { Ivanov: 'Иванов', Smirnov: 'Смирнов', Kuzněcov: 'Кузнецов', Volkov: 'Волков' },
  },
  other: {
    family: {
      F: ['Ahmadi', 'Karimova', 'Hasanova', 'Silva', 'Rahman', 'Aliyeva', 'Chen', 'Kim'],
      M: ['Ahmadi', 'Karimov', 'Hasanov', 'Silva', 'Rahman', 'Aliyev', 'Chen', 'Kim'],
    },
    givenF: ['Fatima', 'Aigerim', 'Leila', 'Maria', 'Nadia', 'Mei', 'Soo-jin'],
    givenM: ['Ali', 'Rustam', 'Omar', 'João', 'Karim', 'Wei', 'Min-ho'],
  },
};
