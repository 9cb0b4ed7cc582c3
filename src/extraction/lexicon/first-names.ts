/**
 * First names common in the news this service reads (Ukrainian, Russian, Central and Eastern
 * European) that the general English name list lacks, and first names that are also English words
 * ("Penny", "Robin"), which that list leaves out. Plain data.
 */
export const EXTRA_FIRST_NAMES: string[] = `
Volodymyr Oleksandr Oleksii Oleksiy Andriy Andrii Dmytro Mykola Mykhailo Mykhaylo Serhiy Serhii Yurii Yuriy Vitalii
Vitaliy Vitali Taras Bohdan Ihor Petro Pavlo Vasyl Kyrylo Denys Ruslan Rustem Valerii Valeriy Yevhen Yevgeny Yevheniy
Oleh Oleg Roman Anatoliy Volodymir Arsen Artem Maksym Danylo Stepan Ostap Iryna Olena Oksana Yulia Yuliia Hanna Halyna
Nataliya Natalia Tetiana Tetyana Lyudmyla Liudmyla Svitlana Viktoriia Kateryna Olha Mariia Daria Zoya Sergei Sergey
Dmitry Dmitri Vladimir Vladislav Alexei Alexey Aleksei Aleksandr Mikhail Nikolai Nikolay Yuri Yury Andrei Andrey
Kirill Maxim Ivan Igor Pavel Konstantin Gennady Valery Viktor Boris Anatoly Ramzan Tatyana Tatiana Maria Yelena Elena
Ekaterina Yekaterina Svetlana Lyudmila Olga Anna Andrzej Radoslaw Radosław Mateusz Wojciech Krzysztof Tomasz Piotr
Laurynas Gitanas Gabrielius Edgars Krisjanis Kaja Alar Ingrida Viktória Zsolt Péter Peter Robert Andrej Zoran Aleksandar
Recep Tayyip Hakan Mevlut Ebrahim Abbas Masoud Hassan Mohammed Mohammad Muhammad Ahmed Ali Benjamin Yoav Isaac Naftali
Xi Wang Li Narendra Subrahmanyam Kim Moon Yoon Fumio Shigeru Ursula Kaja Josep Antonio António Emmanuel Olaf Friedrich
Annalena Keir Rishi Giorgia Pedro Mark Jens Rafael Volker Filippo
Leo Viola Penny Robin Dick Rose Hope Faith Joy Holly Iris Ivy Dawn Victor Carol Heather
Bill Randy Frank Rex Bob Ray Guy Miles Jack Pat Drew Dean Wade Lance Sandy Ruby
`
  .trim()
  .split(/\s+/);
