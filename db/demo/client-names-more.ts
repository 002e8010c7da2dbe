import type { NamePool } from './client-names.ts';
import { namePools } from './client-names.ts';

/**
 * Name pools for the smaller communities of the 2010 data set, so that a Kazakh client does
 * not carry a Brazilian name. Several countries share a pool where naming customs are shared.
 */
const same = (names: string[]) => ({ F: names, M: names });

const centralAsian: NamePool = {
  family: {
    F: ['Nurlanová', 'Karimová', 'Abdullajevová', 'Sadykovová', 'Alijevová', 'Ismailovová'],
    M: ['Nurlanov', 'Karimov', 'Abdullajev', 'Sadykov', 'Alijev', 'Ismailov'],
  },
  givenF: ['Aigerim', 'Dinara', 'Gulnara', 'Madina', 'Zarina', 'Aizhan'],
  givenM: ['Rustam', 'Nurlan', 'Timur', 'Azamat', 'Bakhtiyar', 'Ruslan'],
};

const caucasian: NamePool = {
  family: same(['Hakobjan', 'Petrosjan', 'Sargsjan', 'Beridze', 'Kapanadze', 'Gelašvili']),
  givenF: ['Anahit', 'Lilit', 'Nino', 'Tamar', 'Mariam', 'Ketevan'],
  givenM: ['Armen', 'Tigran', 'Giorgi', 'Levan', 'Davit', 'Gor'],
};

const balkan: NamePool = {
  family: {
    F: ['Jovanović', 'Petrović', 'Nikolić', 'Hodžić', 'Stojanovska', 'Trajkovska'],
    M: ['Jovanović', 'Petrović', 'Nikolić', 'Hodžić', 'Stojanovski', 'Trajkovski'],
  },
  givenF: ['Jelena', 'Milica', 'Amra', 'Ivana', 'Marija', 'Ana'],
  givenM: ['Marko', 'Nikola', 'Emir', 'Stefan', 'Goran', 'Dragan'],
};

const pools: Record<string, NamePool> = {
  CN: {
    family: same(['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao']),
    givenF: ['Mei', 'Xiaoli', 'Jing', 'Yan', 'Hui'],
    givenM: ['Wei', 'Jun', 'Lei', 'Hao', 'Qiang'],
  },
  KR: {
    family: same(['Kim', 'Lee', 'Park', 'Choi', 'Jung']),
    givenF: ['Soo-jin', 'Ji-yeon', 'Min-ji', 'Eun-young'],
    givenM: ['Min-ho', 'Jae-won', 'Sung-min', 'Dong-hyun'],
  },
  JP: {
    family: same(['Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Sato']),
    givenF: ['Yuki', 'Aiko', 'Haruka', 'Naomi'],
    givenM: ['Takeshi', 'Hiroshi', 'Kenji', 'Daisuke'],
  },
  BY: namePools.RU!,
  MD: {
    family: same(['Rusu', 'Ceban', 'Ciobanu', 'Popescu', 'Munteanu', 'Lungu']),
    givenF: ['Elena', 'Ana', 'Natalia', 'Cristina', 'Tatiana'],
    givenM: ['Ion', 'Vasile', 'Sergiu', 'Andrei', 'Igor'],
  },
  TR: {
    family: same(['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik']),
    givenF: ['Ayşe', 'Elif', 'Zeynep', 'Fatma'],
    givenM: ['Mehmet', 'Mustafa', 'Emre', 'Murat'],
  },
  US: {
    family: same(['Smith', 'Johnson', 'Miller', 'Davis', 'Brown']),
    givenF: ['Jennifer', 'Sarah', 'Emily', 'Jessica'],
    givenM: ['Michael', 'David', 'John', 'Robert'],
  },
  BR: {
    family: same(['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira']),
    givenF: ['Maria', 'Ana Paula', 'Juliana', 'Fernanda'],
    givenM: ['João', 'Carlos', 'Rafael', 'Lucas'],
  },
  CU: {
    family: same(['González', 'Rodríguez', 'Pérez', 'Hernández', 'García']),
    givenF: ['Yamilé', 'Dayana', 'Yanet', 'Mercedes'],
    givenM: ['Yoandri', 'Alexis', 'Raúl', 'Osvaldo'],
  },
  IN: {
    family: same(['Sharma', 'Patel', 'Singh', 'Kumar', 'Gupta']),
    givenF: ['Priya', 'Anjali', 'Sunita', 'Deepa'],
    givenM: ['Rahul', 'Amit', 'Vikram', 'Sanjay'],
  },
  AF: {
    family: same(['Ahmadi', 'Rahimi', 'Haidari', 'Popalzai', 'Noori']),
    givenF: ['Fatima', 'Zahra', 'Maryam', 'Shabnam'],
    givenM: ['Ahmad', 'Mohammad', 'Karim', 'Farid'],
  },
  SY: {
    family: same(['Al-Hassan', 'Haddad', 'Khalil', 'Nasser', 'Saleh']),
    givenF: ['Leila', 'Rania', 'Nour', 'Huda'],
    givenM: ['Omar', 'Khaled', 'Samer', 'Bassam'],
  },
  NG: {
    family: same(['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu']),
    givenF: ['Chioma', 'Ngozi', 'Funmilayo', 'Adaeze'],
    givenM: ['Chinedu', 'Emeka', 'Oluwaseun', 'Tunde'],
  },
  KZ: centralAsian,
  UZ: centralAsian,
  KG: centralAsian,
  AZ: centralAsian,
  AM: caucasian,
  GE: caucasian,
  RS: balkan,
  BA: balkan,
  MK: balkan,
};

/** The pool that fits a nationality, the general one when none does. */
export function namePoolFor(nationality: string): NamePool {
  return namePools[nationality] ?? pools[nationality] ?? namePools.other!;
}
